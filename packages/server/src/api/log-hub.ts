/**
 * Fans every server log line out to subscribers (the `/api/v1/logs` WebSocket) besides writing it
 * to its usual destination. Lines are pino's newline-delimited JSON, passed on unparsed.
 */

export type LogListener = (line: string) => void;

/** What pino writes to: anything with `write(text)`. */
export interface LogDestination {
  write(text: string): unknown;
}

export class LogHub {
  private readonly listeners = new Set<LogListener>();

  /** Calls `listener` with each line (no trailing newline) until the returned function is called. */
  subscribe(listener: LogListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** A pino destination that writes to `destination` (none: only the subscribers) and fans out. */
  stream(destination: LogDestination | null): LogDestination {
    return {
      write: (text: string) => {
        destination?.write(text);
        if (this.listeners.size === 0) return;
        const line = text.endsWith('\n') ? text.slice(0, -1) : text;
        for (const listener of this.listeners) {
          // A failing subscriber (a closed socket) must not break logging for the others.
          try {
            listener(line);
          } catch {
            this.listeners.delete(listener);
          }
        }
      },
    };
  }
}
