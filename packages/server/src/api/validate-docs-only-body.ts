/**
 * A route validator compiler for multipart uploads: the body schema only documents the form in
 * OpenAPI (the handler reads and checks the parts itself); params and query are validated as usual.
 */
import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';

export const docsOnlyBody: FastifySchemaCompiler<unknown> = (route) =>
  route.httpPart === 'body' ? (data) => ({ value: data }) : validatorCompiler(route as never);
