/** React hook: the server's log lines from the /api/v1/logs WebSocket, reconnecting with backoff. */
import { useEffect, useState } from 'react';
import { API_BASE } from './http.ts';
import type { LogLine } from './types.ts';

const KEEP = 500;
const MAX_BACKOFF_MS = 15_000;

export type LogConnection = 'connecting' | 'open' | 'closed';

export function logSocketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${API_BASE}/logs`;
}

/** Newest line last; at most the last 500 lines. */
export function useServerLog(): { lines: LogLine[]; connection: LogConnection; clear: () => void } {
  const [lines, setLines] = useState<LogLine[]>([]);
  const [connection, setConnection] = useState<LogConnection>('connecting');

  useEffect(() => {
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let backoff = 500;
    let stopped = false;

    const connect = () => {
      setConnection('connecting');
      socket = new WebSocket(logSocketUrl(window.location));
      socket.onopen = () => {
        backoff = 500;
        setConnection('open');
      };
      socket.onmessage = (event: MessageEvent) => {
        const line = parseLine(event.data);
        if (line !== null) setLines((old) => [...old.slice(-(KEEP - 1)), line]);
      };
      socket.onclose = () => {
        if (stopped) return;
        setConnection('closed');
        timer = setTimeout(connect, backoff);
        backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
      };
    };
    connect();
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      socket?.close();
    };
  }, []);

  return { lines, connection, clear: () => setLines([]) };
}

function parseLine(data: unknown): LogLine | null {
  if (typeof data !== 'string') return null;
  try {
    const value = JSON.parse(data) as Partial<LogLine>;
    return {
      level: typeof value.level === 'number' ? value.level : 30,
      time: typeof value.time === 'number' ? value.time : Date.now(),
      msg: typeof value.msg === 'string' ? value.msg : data,
      ...(typeof value.reqId === 'string' ? { reqId: value.reqId } : {}),
    };
  } catch {
    return { level: 30, time: Date.now(), msg: data };
  }
}
