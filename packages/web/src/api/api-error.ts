/** API failures as one error type: an RFC 9457 problem+json body, or what a non-problem answer said. */

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: readonly FieldError[] = [],
    readonly requestId: string | null = null,
  ) {
    super(detail === '' ? title : `${title}: ${detail}`);
  }
}

/**
 * The error for a failed response. A `application/problem+json` body gives title, detail and the
 * per-field errors; any other body becomes the detail (trimmed to 300 characters) under the status.
 * @see https://www.rfc-editor.org/rfc/rfc9457
 */
export function parseProblem(
  status: number,
  contentType: string | null,
  body: string,
  requestId: string | null = null,
): ApiError {
  if (contentType !== null && /json/i.test(contentType)) {
    const problem = parseJsonObject(body);
    if (problem !== null) {
      const title = typeof problem.title === 'string' ? problem.title : `HTTP ${status}`;
      const detail = typeof problem.detail === 'string' ? problem.detail : '';
      const id = typeof problem.requestId === 'string' ? problem.requestId : requestId;
      return new ApiError(status, title, detail, fieldErrors(problem.errors), id);
    }
  }
  const text = body.trim().slice(0, 300);
  return new ApiError(status, `HTTP ${status}`, text, [], requestId);
}

function parseJsonObject(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function fieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e: unknown) => {
    if (typeof e !== 'object' || e === null) return [];
    const { field, message } = e as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}
