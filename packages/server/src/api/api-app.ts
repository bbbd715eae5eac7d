/** The Fastify instance type every route module registers on: Zod schemas validate and type requests. */

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

export type ApiApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Registers one resource's routes under /api/v1 (the app's prefix is applied by the caller). */
export type ApiRoutes = (app: ApiApp) => void | Promise<void>;
