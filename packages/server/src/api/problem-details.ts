/**
 * Turns whatever a request failed with into an `application/problem+json` response (RFC 9457):
 * validation and field errors name the field, known errors keep their status, anything else is a
 * 500 whose details stay in the log.
 */
import { STATUS_CODES } from 'node:http';
import { InputError } from '@barwise/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { ConflictError, FieldError, NotFoundError } from './http-errors.ts';
import type { Problem } from './schemas/problem.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

type FieldProblem = NonNullable<Problem['errors']>[number];

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  detail: string,
  errors?: FieldProblem[],
): FastifyReply {
  const problem: Problem = {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance: request.url,
    requestId: String(request.id),
    ...(errors ? { errors } : {}),
  };
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/** The Fastify error handler of the API. */
export function handleError(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext ?? 'body';
    const errors = error.validation.flatMap((issue) =>
      fieldProblems(
        issue.instancePath.split('/').filter((s) => s !== ''),
        issue.message ?? 'invalid',
        issue.params.keys,
      ).map((p) => ({ ...p, field: p.field || part })),
    );
    return sendProblem(request, reply, 400, describeFields(part, errors), errors);
  }
  if (error instanceof ZodError) {
    const errors = error.issues.flatMap((issue) =>
      fieldProblems(
        issue.path.map(String),
        issue.message,
        issue.code === 'unrecognized_keys' ? issue.keys : undefined,
      ),
    );
    return sendProblem(request, reply, 400, describeFields('form', errors), errors);
  }
  if (error instanceof FieldError) {
    return sendProblem(request, reply, 400, error.message, [
      { field: error.field, message: error.message.slice(error.field.length + 2) },
    ]);
  }
  if (error instanceof NotFoundError) return sendProblem(request, reply, 404, error.message);
  if (error instanceof ConflictError) return sendProblem(request, reply, 409, error.message);
  if (error instanceof InputError) return sendProblem(request, reply, 400, error.message);
  const status = 'statusCode' in error ? Number(error.statusCode) : 500;
  if (status >= 400 && status < 500) {
    // Fastify's and its plugins' client errors: bad JSON, wrong content type, file too large.
    return sendProblem(request, reply, status, error.message);
  }
  request.log.error({ err: error }, 'request failed');
  return sendProblem(request, reply, 500, 'internal error; the server log has the details');
}

/** One problem per field; an unknown key is named itself (`{"sorce": …}` → field `sorce`). */
function fieldProblems(path: readonly string[], message: string, unknownKeys: unknown) {
  if (Array.isArray(unknownKeys) && unknownKeys.length > 0) {
    return unknownKeys.map((key) => ({
      field: [...path, String(key)].join('.'),
      message: 'unknown field',
    }));
  }
  return [{ field: path.join('.'), message }];
}

function describeFields(part: string, errors: readonly FieldProblem[]): string {
  const list = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return `invalid ${part}: ${list}`;
}
