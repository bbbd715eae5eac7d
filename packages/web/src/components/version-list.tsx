/** A strategy's stored versions, newest first; choosing one loads its source into the editor. */
import { api } from '../api/client.ts';
import type { Strategy } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { formatIso } from '../format/format.ts';
import { ErrorMessage } from './error-message.tsx';

interface Props {
  readonly strategyId: string;
  /** Changes when a save made a new version, so the list reloads. */
  readonly latest: number;
  readonly shown: number | null;
  readonly onOpen: (strategy: Strategy) => void;
  readonly onError: (error: unknown) => void;
}

export function VersionList({ strategyId, latest, shown, onOpen, onError }: Props) {
  const { data, error } = useApi(() => api.listVersions(strategyId), [strategyId, latest]);
  const versions = [...(data?.items ?? [])].sort((a, b) => b.version - a.version);
  const open = (version: number) => api.getVersion(strategyId, version).then(onOpen, onError);
  return (
    <div className="versions" data-testid="strategy-versions">
      <h3>Versions</h3>
      <ErrorMessage error={error} />
      <ul>
        {versions.map((v) => (
          <li key={v.version}>
            <button
              type="button"
              className={v.version === shown ? 'link current' : 'link'}
              onClick={() => void open(v.version)}
            >
              v{v.version}
            </button>{' '}
            <span className="muted small">{formatIso(v.createdAt)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
