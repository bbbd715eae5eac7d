/** The Pine map object: insertion-ordered key-value pairs with TradingView's pair limit. */
import { PineRuntimeError } from '../pine-runtime-error.ts';

/**
 * "Maps can contain up to 50,000 key-value pairs."
 * @see https://www.tradingview.com/pine-script-docs/language/maps/
 */
export const MAX_MAP_SIZE = 50_000;

/** Keys are int, float, bool, string or color values (numbers, booleans, strings). */
export type MapKey = number | string | boolean | null;

/**
 * A `map<K, V>`: a JS Map, so pairs keep insertion order and re-putting a key keeps its place
 * ("the order does not change when inserting a pair with a key that's already in the map").
 * `missing` is what `get`/`put`/`remove` return for an absent key: the value type's na, given by
 * the compiler or else taken from the first value stored (NaN for numbers, null otherwise).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_map.new%3Ctype,type%3E
 */
export class PineMap<K extends MapKey, V> {
  readonly pairs = new Map<K, V>();
  missing: V | null;
  private missingKnown: boolean;

  constructor(missing?: V | null) {
    this.missing = missing ?? null;
    this.missingKnown = missing !== undefined;
  }

  /** Stores a pair, enforcing the size limit; returns the previous value or na. */
  store(key: K, value: V): V | null {
    if (!this.missingKnown) {
      this.missing = typeof value === 'number' ? (Number.NaN as V) : null;
      this.missingKnown = true;
    }
    const had = this.pairs.has(key);
    if (!had && this.pairs.size >= MAX_MAP_SIZE)
      throw new PineRuntimeError(`Map is too large. Maximum size is ${MAX_MAP_SIZE}.`);
    const previous = had ? (this.pairs.get(key) as V) : this.missing;
    this.pairs.set(key, value);
    return previous;
  }

  /** A shallow copy with the same pairs and the same na for absent keys. */
  clone(): PineMap<K, V> {
    const c = new PineMap<K, V>(this.missingKnown ? this.missing : undefined);
    for (const [k, v] of this.pairs) c.pairs.set(k, v);
    return c;
  }
}

/** Operations on an na map id stop the script; na maps are `null` at run time. */
export function need<K extends MapKey, V>(id: PineMap<K, V> | null | undefined): PineMap<K, V> {
  if (id === null || id === undefined)
    throw new PineRuntimeError("Cannot call map methods when ID of map is 'na'.");
  return id;
}
