/** An error shown to the user: an API problem's title, detail and field errors, or any other error's message. */
import { ApiError } from '../api/api-error.ts';

interface Props {
  readonly error: unknown;
  readonly testId?: string;
}

export function ErrorMessage({ error, testId }: Props) {
  if (error === null || error === undefined) return null;
  if (error instanceof ApiError) {
    return (
      <div className="alert" role="alert" data-testid={testId}>
        <strong>{error.title}</strong>
        {error.detail !== '' && <span> — {error.detail}</span>}
        {error.errors.length > 0 && (
          <ul>
            {error.errors.map((e) => (
              <li key={`${e.field}:${e.message}`}>
                <code>{e.field}</code>: {e.message}
              </li>
            ))}
          </ul>
        )}
        {error.requestId !== null && <div className="muted small">request {error.requestId}</div>}
      </div>
    );
  }
  return (
    <div className="alert" role="alert" data-testid={testId}>
      {error instanceof Error ? error.message : String(error)}
    </div>
  );
}
