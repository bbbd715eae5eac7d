/**
 * Errors route handlers throw; the API's error handler turns them into problem+json responses
 * (RFC 9457) with the matching status. Core's InputError without a field is a 400 too.
 */
import { InputError } from '@barwise/core';

/** 404: `resource` is the kind of thing (`strategy`), `id` the one that was asked for. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(`${resource} ${JSON.stringify(id)} does not exist`);
  }
}

/** 400 naming the request field at fault (`initialCapital`, `inputs.Length`). */
export class FieldError extends InputError {
  override name = 'FieldError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** 409: the request is valid but conflicts with the resource's state (cancelling a finished job). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}
