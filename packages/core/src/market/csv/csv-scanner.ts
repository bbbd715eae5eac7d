/**
 * Splits CSV text into records without allocating per field: each `next()` fills reusable
 * start/end offsets. Quoting follows RFC 4180 (`"…"`, `""` inside for a quote, line breaks
 * allowed inside quotes); LF, CRLF and lone CR end lines; a BOM is skipped; blank lines are
 * skipped. `line` is the 1-based physical line where the current record starts.
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
import { CsvFormatError } from './csv-format-error.ts';
import { isLineBlank } from './detect-delimiter.ts';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;

export class CsvScanner {
  /** Offsets of field i's content: `text.slice(starts[i], ends[i])`, quotes excluded. */
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  /** 1 when field i was quoted and held `""` escapes (read it with `field(i)`). */
  escaped = new Uint8Array(16);
  count = 0;
  line = 0;

  private pos: number;
  private nextLine = 1;
  private readonly delimiterText: string;
  // Cached positions of the next LF, CR, quote and delimiter (text.length when none).
  private nextLf = -1;
  private nextCr = -1;
  private nextQuote = -1;
  private nextDelimiter = -1;

  constructor(
    readonly text: string,
    readonly delimiter: number,
    private readonly source: string,
  ) {
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.delimiterText = String.fromCharCode(delimiter);
  }

  /** Reads the next non-blank record; false at the end of the text. */
  next(): boolean {
    const text = this.text;
    const end = text.length;
    while (this.pos < end && isLineBlank(text, this.pos)) this.skipLine();
    if (this.pos >= end) return false;
    this.line = this.nextLine;
    this.count = 0;
    if (!this.nextPlain()) this.nextQuoted();
    return true;
  }

  /**
   * Fast path for a line without quotes or lone CRs: fields are cut with `indexOf`, which
   * V8 runs several times faster than a `charCodeAt` loop. Positions found beyond the line
   * are kept for the following lines, so each search passes over the text once.
   */
  private nextPlain(): boolean {
    const text = this.text;
    const end = text.length;
    let p = this.pos;
    if (this.nextLf < p) this.nextLf = indexOrEnd(text, '\n', p);
    if (this.nextQuote < p) this.nextQuote = indexOrEnd(text, '"', p);
    if (this.nextCr < p) this.nextCr = indexOrEnd(text, '\r', p);
    const lf = this.nextLf;
    const stop = this.nextCr === lf - 1 ? lf - 1 : lf;
    if (this.nextQuote < lf || this.nextCr < stop) return false;
    let i = 0;
    for (;;) {
      if (i === this.starts.length) this.grow();
      if (this.nextDelimiter < p) this.nextDelimiter = indexOrEnd(text, this.delimiterText, p);
      const d = this.nextDelimiter;
      this.starts[i] = p;
      this.escaped[i] = 0;
      i++;
      if (d >= stop) {
        this.ends[i - 1] = stop;
        break;
      }
      this.ends[i - 1] = d;
      p = d + 1;
    }
    this.count = i;
    this.pos = lf < end ? lf + 1 : end;
    this.nextLine++;
    return true;
  }

  /** General path: RFC 4180 quotes (with line breaks inside) and lone CR line ends. */
  private nextQuoted(): void {
    const text = this.text;
    const end = text.length;
    const delimiter = this.delimiter;
    let p = this.pos;
    for (;;) {
      const i = this.count++;
      if (i === this.starts.length) this.grow();
      this.escaped[i] = 0;
      let q = p;
      while (q < end && text.charCodeAt(q) === SPACE) q++;
      if (q < end && text.charCodeAt(q) === QUOTE) {
        p = this.quoted(i, q + 1);
      } else {
        const s = p;
        while (p < end) {
          const c = text.charCodeAt(p);
          if (c === delimiter || c === LF || c === CR) break;
          p++;
        }
        this.starts[i] = s;
        this.ends[i] = p;
      }
      if (p < end && text.charCodeAt(p) === delimiter) {
        p++;
        continue;
      }
      if (p < end) p += text.charCodeAt(p) === CR && text.charCodeAt(p + 1) === LF ? 2 : 1;
      this.nextLine++;
      break;
    }
    this.pos = p;
  }

  /** Field i as a string, with `""` escapes resolved. */
  field(i: number): string {
    const raw = this.text.slice(this.starts[i], this.ends[i]);
    return this.escaped[i] ? raw.replaceAll('""', '"') : raw;
  }

  /** All fields of the current record as strings (for headers and messages). */
  fields(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.field(i));
    return out;
  }

  /** Scans a quoted field whose content starts at `p`; returns the offset after it. */
  private quoted(i: number, p: number): number {
    const text = this.text;
    const end = text.length;
    this.starts[i] = p;
    for (;;) {
      const close = text.indexOf('"', p);
      if (close < 0) {
        throw new CsvFormatError(this.source, this.line, 'a quoted field is never closed');
      }
      this.countBreaks(p, close);
      if (close + 1 < end && text.charCodeAt(close + 1) === QUOTE) {
        this.escaped[i] = 1;
        p = close + 2;
        continue;
      }
      this.ends[i] = close;
      p = close + 1;
      while (p < end && text.charCodeAt(p) === SPACE) p++;
      const c = p < end ? text.charCodeAt(p) : this.delimiter;
      if (c !== this.delimiter && c !== LF && c !== CR) {
        throw new CsvFormatError(
          this.source,
          this.line,
          `unexpected text after a closing quote: ${JSON.stringify(text.slice(close, close + 12))}`,
        );
      }
      return p;
    }
  }

  /** Line breaks inside a quoted field still count as physical lines. */
  private countBreaks(from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const c = this.text.charCodeAt(k);
      if (c === LF || (c === CR && this.text.charCodeAt(k + 1) !== LF)) this.nextLine++;
    }
  }

  private skipLine(): void {
    const text = this.text;
    let p = this.pos;
    while (p < text.length) {
      const c = text.charCodeAt(p++);
      if (c === LF) break;
      if (c === CR) {
        if (text.charCodeAt(p) === LF) p++;
        break;
      }
    }
    this.pos = p;
    this.nextLine++;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const escaped = new Uint8Array(n);
    starts.set(this.starts);
    ends.set(this.ends);
    escaped.set(this.escaped);
    this.starts = starts;
    this.ends = ends;
    this.escaped = escaped;
  }
}

function indexOrEnd(text: string, search: string, from: number): number {
  const i = text.indexOf(search, from);
  return i < 0 ? text.length : i;
}
