import { describe, expect, it } from 'vitest';
import { createLineIndex } from './source-text.ts';

// Hand-worked: "ab\ncd\r\nef\rg" has lines starting at offsets 0, 3, 7 and 10.
describe('createLineIndex', () => {
  const index = createLineIndex('ab\ncd\r\nef\rg');
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [6, 2, 4],
    [7, 3, 1],
    [10, 4, 1],
    [11, 4, 2],
    [99, 4, 2],
  ])('offset %d → %d:%d', (offset, line, column) =>
    expect(index.position(offset)).toEqual({ line, column }),
  );

  it.each([
    [1, 'ab'],
    [2, 'cd'],
    [3, 'ef'],
    [4, 'g'],
  ])('line %d is %j', (line, text) => expect(index.lineText(line)).toBe(text));
});
