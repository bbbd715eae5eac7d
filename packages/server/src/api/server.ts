/**
 * The Barwise HTTP server: the v1 API under /api/v1 (Zod-validated, documented as OpenAPI at
 * /docs/json with Swagger UI at /docs), a WebSocket of the server log, problem+json errors, request
 * ids, and optionally the web app's static files. Health, strategies, check, datasets and logs are
 * registered here; backtests and jobs come in through `routes`.
 */
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Barwise } from '../barwise.ts';
import { StrategyLibrary } from '../library/strategy-library.ts';
import type { ApiApp, ApiRoutes } from './api-app.ts';
import { type LogDestination, LogHub } from './log-hub.ts';
import { handleError, sendProblem } from './problem-details.ts';
import { REQUEST_ID_HEADER, requestId } from './request-id.ts';
import { checkRoutes } from './routes/check.ts';
import { datasetRoutes } from './routes/datasets.ts';
import { healthRoutes } from './routes/health.ts';
import { logRoutes } from './routes/logs.ts';
import { strategyRoutes } from './routes/strategies.ts';
import { registerWebRoot } from './web-root.ts';

export const API_PREFIX = '/api/v1';
export const DOCS_PREFIX = '/docs';
export const DEFAULT_UPLOAD_LIMIT_BYTES = 256 * 1024 * 1024;

/** pino options for the server log; `stream` (default stdout) is where lines go besides the hub. */
export type ApiLoggerOptions = Omit<
  Exclude<FastifyServerOptions['logger'], boolean | undefined>,
  'stream'
> & {
  stream?: LogDestination;
};

export interface ApiServerOptions {
  readonly barwise: Barwise;
  /** pino options, or false for no console log (the `/logs` WebSocket still gets every line). */
  readonly logger?: ApiLoggerOptions | false;
  /** Largest accepted upload file, bytes; a bigger one is answered 413. Default 256 MiB. */
  readonly uploadLimitBytes?: number;
  /** Folder of the built web app, served outside /api and /docs with an SPA fallback. */
  readonly webRoot?: string;
  /** More resources (backtests, jobs) registered inside the /api/v1 prefix. */
  readonly routes?: readonly ApiRoutes[];
}

export interface ApiServer {
  readonly app: ApiApp;
  /** Every log line of `app`, for the `/logs` WebSocket and anyone else who listens. */
  readonly logs: LogHub;
  readonly library: StrategyLibrary;
}

/**
 * Builds the app; plugins load on `app.ready()`, `app.listen()` or the first `app.inject()`, so a
 * caller may still add hooks (say `onRoute`) before that.
 */
export function createApiServer(options: ApiServerOptions): ApiServer {
  const { barwise } = options;
  const logs = new LogHub();
  const { stream, ...pino } = options.logger === false ? { level: 'info' } : (options.logger ?? {});
  const destination = options.logger === false ? null : (stream ?? process.stdout);
  const app = Fastify({
    logger: { level: 'info', ...pino, stream: logs.stream(destination) },
    genReqId: requestId,
    // Bodies of JSON requests (a Pine source is the largest): uploads have their own limit.
    bodyLimit: 4 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });

  app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Barwise API',
        version: '1',
        description:
          'Strategies, datasets, backtests and jobs of a Barwise server. Errors are ' +
          'application/problem+json (RFC 9457) with a requestId.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX });
  app.register(fastifyWebsocket);
  app.register(fastifyMultipart, {
    limits: {
      fileSize: options.uploadLimitBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES,
      files: 1,
      fields: 10,
      fieldSize: 64 * 1024,
    },
  });

  const library = new StrategyLibrary(barwise.database);
  const resources: ApiRoutes[] = [
    healthRoutes(barwise),
    strategyRoutes(library),
    checkRoutes(),
    datasetRoutes(barwise.candles),
    logRoutes(logs),
    ...(options.routes ?? []),
  ];
  app.register(
    async (api) => {
      for (const register of resources) await register(api);
    },
    { prefix: API_PREFIX },
  );

  const spa = options.webRoot ? registerWebRoot(app, options.webRoot) : null;
  app.setNotFoundHandler((request, reply) => {
    const url = request.url;
    const isGet = request.method === 'GET' || request.method === 'HEAD';
    if (spa && isGet && !isUnder(url, '/api') && !isUnder(url, DOCS_PREFIX))
      return spa(request, reply);
    const hint = isUnder(url, '/api') ? ` (the API is under ${API_PREFIX})` : '';
    return sendProblem(
      request,
      reply,
      404,
      `no route ${request.method} ${url.split('?')[0]}${hint}`,
    );
  });

  return { app, logs, library };
}

function isUnder(url: string, prefix: string): boolean {
  return url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`);
}
