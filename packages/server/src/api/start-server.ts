/** Builds the API server and listens: what `barwise serve` and the end-to-end tests share. */
import type { AddressInfo } from 'node:net';
import { type ApiServer, type ApiServerOptions, createApiServer } from './server.ts';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4000;

export interface StartServerOptions extends ApiServerOptions {
  /** Default 127.0.0.1: only this machine can connect unless another host is named. */
  readonly host?: string;
  /** Default 4000; 0 picks a free port (see `url`). */
  readonly port?: number;
}

export interface RunningServer extends ApiServer {
  /** `http://host:port` the server listens on, with the port actually bound. */
  readonly url: string;
  /** Stops accepting connections and waits for open requests; leaves `barwise` open. */
  close(): Promise<void>;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const server = createApiServer(options);
  const host = options.host ?? DEFAULT_HOST;
  await server.app.listen({ host, port: options.port ?? DEFAULT_PORT });
  const address = server.app.server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    ...server,
    url: `http://${shown}:${address.port}`,
    close: () => server.app.close(),
  };
}
