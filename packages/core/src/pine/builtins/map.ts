/** `map.*`: functions of `map<K, V>`; also callable as methods. @see https://www.tradingview.com/pine-script-reference/v6/#fun_map.new%3Ctype,type%3E */
import { defineFunctions } from './signature.ts';

export const MAP_FUNCTIONS = defineFunctions([
  ['map.clear(id: map<K, V>): void', 'Removes every pair.'],
  ['map.contains(id: map<K, V>, key: K): bool', 'True when `key` is present.'],
  ['map.copy(id: map<K, V>): map<K, V>', 'Shallow copy.'],
  ['map.get(id: map<K, V>, key: K): V', 'Value of `key`, or na.'],
  ['map.keys(id: map<K, V>): array<K>', 'Keys in insertion order.'],
  ['map.new(): map<K, V>', 'New empty map of the types given as `map.new<K, V>`.'],
  [
    'map.put(id: map<K, V>, key: K, value: V): V',
    'Sets `key` to `value`; returns the previous value or na.',
  ],
  ['map.put_all(id: map<K, V>, id2: map<K, V>): void', 'Copies every pair of `id2` into `id`.'],
  ['map.remove(id: map<K, V>, key: K): V', 'Removes `key`; returns its value or na.'],
  ['map.size(id: map<K, V>): int', 'Number of pairs.'],
  ['map.values(id: map<K, V>): array<V>', 'Values in insertion order.'],
]);
