/**
 * map.*: the `map` namespace object the compiler calls, keyed by Pine member names, parameters
 * positional in the order of builtins/map.ts. A Pine map is a `PineMap` (reference semantics; na
 * map = `null`). `map.new` takes one optional argument beyond Pine's: the value type's na (NaN for
 * int/float/color values, null otherwise), which `get`, `put` and `remove` return for absent keys.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_map.new%3Ctype,type%3E
 */
import { PineArray } from '../array/pine-array.ts';
import { type MapKey, need, PineMap } from './pine-map.ts';

export { MAX_MAP_SIZE, type MapKey, PineMap } from './pine-map.ts';

type Id<K extends MapKey, V> = PineMap<K, V> | null;

export const map = {
  /** @see https://www.tradingview.com/pine-script-reference/v6/#fun_map.new%3Ctype,type%3E */
  new: <K extends MapKey, V>(missing?: V | null): PineMap<K, V> => new PineMap<K, V>(missing),

  /** @see https://www.tradingview.com/pine-script-reference/v6/#fun_map.size */
  size: <K extends MapKey, V>(id: Id<K, V>): number => need(id).pairs.size,

  /** @see https://www.tradingview.com/pine-script-reference/v6/#fun_map.contains */
  contains: <K extends MapKey, V>(id: Id<K, V>, key: K): boolean => need(id).pairs.has(key),

  /** The value of `key`, or na. @see https://www.tradingview.com/pine-script-reference/v6/#fun_map.get */
  get: <K extends MapKey, V>(id: Id<K, V>, key: K): V | null => {
    const m = need(id);
    return m.pairs.has(key) ? (m.pairs.get(key) as V) : m.missing;
  },

  /** Returns the previous value of `key`, or na when it is new. @see https://www.tradingview.com/pine-script-reference/v6/#fun_map.put */
  put: <K extends MapKey, V>(id: Id<K, V>, key: K, value: V): V | null =>
    need(id).store(key, value),

  /** Copies every pair of `id2` into `id`, in `id2`'s order. @see https://www.tradingview.com/pine-script-reference/v6/#fun_map.put_all */
  put_all: <K extends MapKey, V>(id: Id<K, V>, id2: Id<K, V>): void => {
    const target = need(id);
    for (const [k, v] of need(id2).pairs) target.store(k, v);
  },

  /** Returns the removed value, or na when the key was absent. @see https://www.tradingview.com/pine-script-reference/v6/#fun_map.remove */
  remove: <K extends MapKey, V>(id: Id<K, V>, key: K): V | null => {
    const m = need(id);
    if (!m.pairs.has(key)) return m.missing;
    const value = m.pairs.get(key) as V;
    m.pairs.delete(key);
    return value;
  },

  /** @see https://www.tradingview.com/pine-script-reference/v6/#fun_map.clear */
  clear: <K extends MapKey, V>(id: Id<K, V>): void => need(id).pairs.clear(),

  /** A shallow copy. @see https://www.tradingview.com/pine-script-reference/v6/#fun_map.copy */
  copy: <K extends MapKey, V>(id: Id<K, V>): PineMap<K, V> => need(id).clone(),

  /** A new array of the keys in insertion order (a copy). @see https://www.tradingview.com/pine-script-reference/v6/#fun_map.keys */
  keys: <K extends MapKey, V>(id: Id<K, V>): PineArray<K> =>
    PineArray.of([...need(id).pairs.keys()]),

  /** A new array of the values in insertion order (a copy). @see https://www.tradingview.com/pine-script-reference/v6/#fun_map.values */
  values: <K extends MapKey, V>(id: Id<K, V>): PineArray<V> =>
    PineArray.of([...need(id).pairs.values()]),
};
