/**
 * Serves the web app's built files with a single-page-app fallback: a GET for a path that is not a
 * file (and not under /api or /docs) answers `index.html`, so client-side routes survive a reload.
 * Without a build, a short page says how to make one.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const MISSING_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Barwise</title></head>
<body><h1>Barwise</h1>
<p>The web app has not been built. Run <code>npm run build -w packages/web</code>, then restart the server.</p>
<p>The API is at <a href="/api/v1/health">/api/v1</a>, its documentation at <a href="/docs">/docs</a>.</p>
</body></html>
`;

/** Registers the static files; returns the not-found fallback for non-API GET requests. */
export function registerWebRoot(
  app: FastifyInstance,
  webRoot: string,
): (request: FastifyRequest, reply: FastifyReply) => FastifyReply {
  const root = path.resolve(webRoot);
  const built = existsSync(path.join(root, 'index.html'));
  if (built) app.register(fastifyStatic, { root, wildcard: true, index: 'index.html' });
  return (_request, reply) =>
    built
      ? reply.type('text/html; charset=utf-8').sendFile('index.html', root)
      : reply.code(200).type('text/html; charset=utf-8').send(MISSING_BUILD_PAGE);
}
