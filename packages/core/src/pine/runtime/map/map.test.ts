import { describe, expect, it } from 'vitest';
import { MAP_FUNCTIONS } from '../../builtins/map.ts';
import { MAX_MAP_SIZE, map } from './index.ts';

describe('map namespace matches the signature table', () => {
  it('has exactly the Pine member names of builtins/map.ts', () => {
    const pine = MAP_FUNCTIONS.map((f) => f.name.slice('map.'.length)).sort();
    expect(Object.keys(map).sort()).toEqual(pine);
  });
});

describe('map.* (reference examples)', () => {
  it('map.put example: put first=10, second=15, put first=20 returns 10; get("first") = 20', () => {
    const a = map.new<string, number>(Number.NaN);
    map.put(a, 'first', 10);
    map.put(a, 'second', 15);
    expect(map.put(a, 'first', 20)).toBe(10);
    expect(map.get(a, 'first')).toBe(20);
  });
  it('put returns na for a new key; get returns na for an absent key (the value type na)', () => {
    const a = map.new<string, number>(Number.NaN);
    expect(map.put(a, 'x', 1)).toBeNaN();
    expect(map.get(a, 'y')).toBeNaN();
    const s = map.new<number, string>(null);
    expect(map.get(s, 1)).toBeNull();
  });
  it('without an explicit na, absent keys give NaN once a number value was stored', () => {
    const a = map.new<string, number>();
    map.put(a, 'x', 1);
    expect(map.get(a, 'y')).toBeNaN();
  });
  it('map.get example: keys 0…10 with values 10 − i; get(1) = 9, size = 11', () => {
    const a = map.new<number, number>(Number.NaN);
    for (let i = 0; i <= 10; i++) map.put(a, i, 10 - i);
    expect(map.get(a, 1)).toBe(9);
    expect(map.size(a)).toBe(11);
  });
  it('keys/values keep insertion order; re-putting a key keeps its place (map.new Remarks)', () => {
    const a = map.new<string, number>(Number.NaN);
    map.put(a, 'open', 1);
    map.put(a, 'high', 2);
    map.put(a, 'low', 3);
    map.put(a, 'open', 4);
    expect(map.keys(a).toArray()).toEqual(['open', 'high', 'low']);
    expect(map.values(a).toArray()).toEqual([4, 2, 3]);
  });
  it('keys() is a copy: changing it does not change the map', () => {
    const a = map.new<string, number>(Number.NaN);
    map.put(a, 'k', 1);
    map.keys(a).put(0, 'z');
    expect(map.contains(a, 'k')).toBe(true);
  });
  it('map.remove returns the removed value, or na; map.clear empties (map.clear example: size 0)', () => {
    const a = map.new<string, number>(Number.NaN);
    map.put(a, 'firstColor', 7);
    expect(map.remove(a, 'firstColor')).toBe(7);
    expect(map.remove(a, 'firstColor')).toBeNaN();
    map.put(a, 'x', 1);
    map.clear(a);
    expect(map.size(a)).toBe(0);
  });
  it('map.copy example: the copy keeps 1 after the original is replaced', () => {
    const a = map.new<string, number>(Number.NaN);
    map.put(a, 'example', 1);
    const b = map.copy(a);
    map.put(a, 'example', 2);
    expect(map.get(b, 'example')).toBe(1);
  });
  it('map.put_all example: a gains "third" = 20 from b', () => {
    const a = map.new<string, number>(Number.NaN);
    const b = map.new<string, number>(Number.NaN);
    map.put(a, 'first', 10);
    map.put(a, 'second', 15);
    map.put(b, 'third', 20);
    map.put_all(a, b);
    expect(map.get(a, 'third')).toBe(20);
    expect(map.keys(a).toArray()).toEqual(['first', 'second', 'third']);
  });
  it('bool and color (number) keys work; int 1 and float 1.0 are the same key', () => {
    const a = map.new<boolean, string>(null);
    map.put(a, true, 'yes');
    expect(map.get(a, true)).toBe('yes');
    const n = map.new<number, string>(null);
    map.put(n, 1, 'one');
    expect(map.get(n, 1.0)).toBe('one');
  });
  it('a map holds at most 50,000 pairs ("Maps can contain up to 50,000 key-value pairs")', () => {
    const a = map.new<number, number>(Number.NaN);
    for (let i = 0; i < MAX_MAP_SIZE; i++) map.put(a, i, i);
    expect(() => map.put(a, -1, 0)).toThrow('Map is too large');
    expect(map.put(a, 0, 5)).toBe(0); // replacing an existing key is still allowed
  });
  it('operations on an na map throw', () => {
    expect(() => map.size(null)).toThrow("ID of map is 'na'");
  });
});
