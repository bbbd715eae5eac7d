/** A script the compiler cannot turn into JavaScript (an unsupported feature), named by file:line:col. */
import { InputError } from '../../input-error.ts';

export class CompileError extends InputError {
  override name = 'CompileError';
}
