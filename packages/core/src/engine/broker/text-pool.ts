/**
 * Numbers for the few distinct texts a run's column stores repeat on every row (order ids,
 * comments, reasons), so that a row holds numbers only: tens of thousands of rows cost no string
 * arrays for the garbage collector to copy.
 */
const SCANNED_FIRST = 4;

export class TextPool {
  private readonly codes = new Map<string, number>();
  private readonly texts: string[] = [];

  /** The number of `text`; -1 for null. */
  code(text: string | null): number {
    if (text === null) return -1;
    // The first few texts (a script's order ids) cover nearly every row: compared by identity
    // before the hash lookup, they cost a pointer compare.
    const texts = this.texts;
    const first = texts.length < SCANNED_FIRST ? texts.length : SCANNED_FIRST;
    for (let k = 0; k < first; k++) if (texts[k] === text) return k;
    let code = this.codes.get(text);
    if (code === undefined) {
      code = this.texts.length;
      this.texts.push(text);
      this.codes.set(text, code);
    }
    return code;
  }

  /** The number of `text` if it was ever coded, else undefined (searches add nothing). */
  find(text: string): number | undefined {
    return this.codes.get(text);
  }

  /** The text of a number `code` gave; null for -1. */
  text(code: number): string | null {
    return code < 0 ? null : this.texts[code]!;
  }
}
