import { describe, expect, it } from 'vitest';
import { ARRAY_FUNCTIONS } from '../../builtins/array.ts';
import { PineRuntimeError } from '../pine-runtime-error.ts';
import { array, MAX_ARRAY_SIZE, ORDER_DESCENDING, type PineArray } from './index.ts';

const list = <T>(a: PineArray<T>): T[] => a.toArray();
const err = (fn: () => unknown) => expect(fn).toThrow(PineRuntimeError);

describe('array namespace matches the signature table', () => {
  it('has exactly the Pine member names of builtins/array.ts', () => {
    const pine = ARRAY_FUNCTIONS.map((f) => f.name.slice('array.'.length)).sort();
    expect(Object.keys(array).sort()).toEqual(pine);
  });
});

describe('constructors (reference: array.new*, array.from, Arrays manual "Error handling")', () => {
  it('array.new_float(5, 0) then push(open) makes get(a, 5) the pushed value', () => {
    const a = array.new_float(5, 0);
    array.push(a, 42);
    expect(array.get(a, 5)).toBe(42);
  });
  it('an omitted size gives an empty array; omitted initial values are na', () => {
    expect(array.size(array.new_float())).toBe(0);
    expect(array.get(array.new_float(1), 0)).toBeNaN();
    expect(array.get(array.new_string(1), 0)).toBeNull();
  });
  it('array.from is variadic and keeps order', () => {
    expect(list(array.from('Hello', 'World!'))).toEqual(['Hello', 'World!']);
  });
  it('"Cannot create an array with a negative size"', () => {
    expect(() => array.new_int(-1)).toThrow('Cannot create an array with a negative size');
  });
  it('"Array is too large. Maximum size is 100000" on creation and on growth', () => {
    expect(() => array.new_float(MAX_ARRAY_SIZE + 1)).toThrow(
      'Array is too large. Maximum size is 100000',
    );
    const a = array.new_float(MAX_ARRAY_SIZE, 0);
    expect(() => array.push(a, 1)).toThrow('Array is too large. Maximum size is 100000');
  });
  it('"Cannot call array methods when ID of array is \'na\'"', () => {
    expect(() => array.push(null, 111)).toThrow(
      "Cannot call array methods when ID of array is 'na'",
    );
  });
});

describe('indices (reference: array.get/set/remove/insert Remarks, v6 negative indices)', () => {
  const abc = () => array.from('a', 'b', 'c');
  it.each([
    [0, 'a'],
    [2, 'c'],
    [-1, 'c'],
    [-3, 'a'],
  ])('get(index %s) of a 3-element array is %s', (i, v) => {
    expect(array.get(abc(), i)).toBe(v);
  });
  it.each([3, -4, 5])('index %s throws "Index … is out of bounds. Array size is 3."', (i) => {
    expect(() => array.get(abc(), i)).toThrow(`Index ${i} is out of bounds. Array size is 3.`);
  });
  it('set with a negative index writes from the end', () => {
    const a = abc();
    array.set(a, -2, 'B');
    expect(list(a)).toEqual(['a', 'B', 'c']);
  });
  it('remove(-1) removes and returns the last element', () => {
    const a = abc();
    expect(array.remove(a, -1)).toBe('c');
    expect(list(a)).toEqual(['a', 'b']);
  });
  it('insert(a, 2, 999) into [1..5] gives [1, 2, 999, 3, 4, 5] (Arrays manual "Inserting")', () => {
    const a = array.from(1, 2, 3, 4, 5);
    array.insert(a, 2, 999);
    expect(list(a)).toEqual([1, 2, 999, 3, 4, 5]);
  });
  it('insert with a negative index inserts before that element', () => {
    const a = abc();
    array.insert(a, -1, 'x');
    expect(list(a)).toEqual(['a', 'b', 'x', 'c']);
  });
  it('first/last of an empty array throw (reference: "Throws a runtime error if the array is empty")', () => {
    err(() => array.first(array.new_float()));
    err(() => array.last(array.new_float()));
  });
  it('"Cannot use pop() if array is empty." / "Cannot use shift() if array is empty."', () => {
    expect(() => array.pop(array.new_float())).toThrow('Cannot use pop() if array is empty.');
    expect(() => array.shift(array.new_float())).toThrow('Cannot use shift() if array is empty.');
  });
});

describe('mutation (reference manual examples)', () => {
  it('pop and shift remove from the ends and return the value', () => {
    const a = array.from(1, 2, 3);
    expect(array.pop(a)).toBe(3);
    expect(array.shift(a)).toBe(1);
    expect(list(a)).toEqual([2]);
  });
  it('unshift inserts at index 0', () => {
    const a = array.new_float(2, 0);
    array.unshift(a, 7);
    expect(list(a)).toEqual([7, 0, 0]);
  });
  it('fill(a, x, 1, 3) fills indices 1 and 2 only (Arrays manual)', () => {
    const a = array.new_float(5);
    array.fill(a, 9, 1, 3);
    expect(list(a).map((v) => (Number.isNaN(v) ? 'na' : v))).toEqual(['na', 9, 9, 'na', 'na']);
  });
  it('concat appends b to a and returns a (Arrays manual "Concatenation")', () => {
    const a = array.from(0, 1);
    const c = array.concat(a, array.from(2, 3));
    expect(c).toBe(a);
    expect(list(a)).toEqual([0, 1, 2, 3]);
  });
  it('copy is independent of the original', () => {
    const a = array.from(0, 1);
    const b = array.copy(a);
    array.push(b, 2);
    expect([list(a), list(b)]).toEqual([
      [0, 1],
      [0, 1, 2],
    ]);
  });
  it('reverse and clear', () => {
    const a = array.from(0, 1, 2);
    array.reverse(a);
    expect(list(a)).toEqual([2, 1, 0]);
    array.clear(a);
    expect(array.size(a)).toBe(0);
  });
  it('join uses the separator; default is empty', () => {
    expect(array.join(array.from('a', 'b'))).toBe('ab');
    expect(array.join(array.new_int(3, 5), ',')).toBe('5,5,5');
  });
  it('some/every treat zero as false (reference Remarks)', () => {
    expect(array.some(array.from(0, 0, 3))).toBe(true);
    expect(array.every(array.from(1, 0))).toBe(false);
    expect(array.every(array.from(true, true))).toBe(true);
  });
});

describe('array.slice is a live window (reference: array.slice, array.size example, Arrays manual "Slicing")', () => {
  it('writes through the slice change the original', () => {
    const a = array.from(0, 1, 2, 3);
    const s = array.slice(a, 1, 3);
    array.set(s, 0, 7);
    expect(list(a)).toEqual([0, 7, 2, 3]);
    expect(list(s)).toEqual([7, 2]);
  });
  it('array.size example: 10 elements, slice(0, 5), push to slice → sizes 11 and 6', () => {
    const a = array.new_float(10, 0);
    const s = array.slice(a, 0, 5);
    array.push(s, 1);
    expect([array.size(a), array.size(s)]).toEqual([11, 6]);
    expect(array.get(a, 5)).toBe(1);
  });
  it('manual example: slice(a, 0, 3), remove(a, 0), push(slice, 4) inserts 4 at parent index 3', () => {
    // The window stays at indices 0…2 of the parent (now [1, 2, 3]); pushing widens it to 0…3.
    const a = array.from(0, 1, 2, 3);
    const s = array.slice(a, 0, 3);
    array.remove(a, 0);
    array.push(s, 4);
    expect(list(a)).toEqual([1, 2, 3, 4]);
    expect(list(s)).toEqual([1, 2, 3, 4]);
  });
  it('"Slice is out of bounds of the parent array" after the parent shrinks (manual example)', () => {
    const a = array.new_float(5, 0);
    const b = array.slice(a, 3, 5);
    array.remove(a, 0);
    expect(() => array.indexof(b, 2)).toThrow('Slice is out of bounds of the parent array');
  });
  it("\"Index 'from' should be less than index 'to'\"", () => {
    expect(() => array.slice(array.from(1, 2, 3), 2, 1)).toThrow(
      "Index 'from' should be less than index 'to'",
    );
  });
});

describe('search (reference examples)', () => {
  it('indexof / lastindexof / includes on [0, 1, 2, 1] (Arrays manual "Searching")', () => {
    const a = array.from(0, 1, 2, 1);
    expect([array.indexof(a, 1), array.lastindexof(a, 1), array.includes(a, 3)]).toEqual([
      1,
      3,
      false,
    ]);
  });
  const sorted = () => array.from(-2, 0, 1, 5, 9);
  it('binary_search([-2, 0, 1, 5, 9], 0) = 1 and -1 when absent', () => {
    expect(array.binary_search(sorted(), 0)).toBe(1);
    expect(array.binary_search(sorted(), 3)).toBe(-1);
  });
  it('binary_search_leftmost(…, 3) = 2; rightmost(…, 3) = 3', () => {
    expect(array.binary_search_leftmost(sorted(), 3)).toBe(2);
    expect(array.binary_search_rightmost(sorted(), 3)).toBe(3);
  });
  it('repeated 5 in [4, 5, 5, 5]: leftmost 1, rightmost 3', () => {
    const a = array.from(4, 5, 5, 5);
    expect(array.binary_search_leftmost(a, 5)).toBe(1);
    expect(array.binary_search_rightmost(a, 5)).toBe(3);
  });
});

describe('sorting (reference: array.sort, array.sort_indices)', () => {
  it('sort_indices([5, -2, 0, 9, 1]) = [1, 2, 4, 0, 3] and leaves the array alone', () => {
    const a = array.from(5, -2, 0, 9, 1);
    expect(list(array.sort_indices(a))).toEqual([1, 2, 4, 0, 3]);
    expect(list(a)).toEqual([5, -2, 0, 9, 1]);
  });
  it('sort ascending by default, descending with order.descending', () => {
    const a = array.from(2, 0, 1);
    array.sort(a);
    expect(list(a)).toEqual([0, 1, 2]);
    array.sort(a, ORDER_DESCENDING);
    expect(list(a)).toEqual([2, 1, 0]);
  });
  it('strings sort lexicographically by code unit: "B" < "a" < "ab" < "b"', () => {
    const a = array.from('b', 'ab', 'B', 'a');
    array.sort(a);
    expect(list(a)).toEqual(['B', 'a', 'ab', 'b']);
  });
  it('sorting a slice sorts that window of the parent', () => {
    const a = array.from(9, 3, 2, 1, 0);
    array.sort(array.slice(a, 1, 4));
    expect(list(a)).toEqual([9, 1, 2, 3, 0]);
  });
});
