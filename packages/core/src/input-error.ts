/**
 * Bad input from a user (a file, a flag, a request field). Its message names what is wrong and
 * where, in one line; front ends print it as is, never with a stack trace.
 */
export class InputError extends Error {
  override name = 'InputError';
}
