/** The Barwise HTTP API: server factory, listener, route typing and the errors routes throw. */
export type { ApiApp, ApiRoutes } from './api-app.ts';
export { ConflictError, FieldError, NotFoundError } from './http-errors.ts';
export { type LogDestination, LogHub, type LogListener } from './log-hub.ts';
export { readMultipartForm } from './multipart-form.ts';
export { PROBLEM_CONTENT_TYPE, sendProblem } from './problem-details.ts';
export * from './schemas/dataset.ts';
export * from './schemas/problem.ts';
export * from './schemas/strategy.ts';
export {
  API_PREFIX,
  type ApiLoggerOptions,
  type ApiServer,
  type ApiServerOptions,
  createApiServer,
  DEFAULT_UPLOAD_LIMIT_BYTES,
} from './server.ts';
export * from './start-server.ts';
