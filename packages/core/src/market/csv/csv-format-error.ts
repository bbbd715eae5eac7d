/** The one error a CSV import throws: file name, 1-based physical line and, when known, the column. */
import { InputError } from '../../input-error.ts';

export class CsvFormatError extends InputError {
  override name = 'CsvFormatError';
  readonly source: string;
  readonly line: number;
  readonly column?: string;

  /** `message` reads `${source}:${line}: ${detail}`, as compilers print positions. */
  constructor(source: string, line: number, detail: string, column?: string) {
    super(`${source}:${line}: ${detail}`);
    this.source = source;
    this.line = line;
    if (column !== undefined) this.column = column;
  }
}
