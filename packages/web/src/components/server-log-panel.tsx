/** Collapsible panel with the server's live log (WebSocket /api/v1/logs). */
import { useState } from 'react';
import { useServerLog } from '../api/use-server-log.ts';

/** pino's numeric levels. @see https://getpino.io/#/docs/api?id=logger-level */
const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

export function ServerLogPanel() {
  const [open, setOpen] = useState(false);
  const { lines, connection, clear } = useServerLog();
  return (
    <aside className={open ? 'log-panel open' : 'log-panel'} aria-label="Server log">
      <div className="log-head">
        <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'} Server log
        </button>
        <span className={`dot dot-${connection}`} title={`connection ${connection}`} />
        <span className="muted small">{lines.length} lines</span>
        {open && (
          <button type="button" className="link small" onClick={clear}>
            Clear
          </button>
        )}
      </div>
      {open && (
        <pre className="log-lines" data-testid="server-log">
          {lines.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: log lines have no identity; the list only appends
            <div key={i} className={`log-${LEVELS[l.level] ?? 'info'}`}>
              {new Date(l.time).toISOString().slice(11, 23)}{' '}
              {(LEVELS[l.level] ?? l.level).toString().padEnd(5)}{' '}
              {l.reqId !== undefined ? `[${l.reqId}] ` : ''}
              {l.msg}
            </div>
          ))}
        </pre>
      )}
    </aside>
  );
}
