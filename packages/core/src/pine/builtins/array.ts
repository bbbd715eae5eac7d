/** `array.*`: functions of `array<T>`; also callable as methods (`a.push(x)`). @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.new%3Ctype%3E */
import { defineFunctions, type FunctionRow } from './signature.ts';

const NEW_TYPED = [
  'bool',
  'box',
  'color',
  'float',
  'int',
  'label',
  'line',
  'linefill',
  'string',
  'table',
] as const;
const newTyped = (t: string): FunctionRow => [
  `array.new_${t}(size: int = 0, initial_value: ${t} = na): array<${t}>`,
  `New array of ${t}, every element set to \`initial_value\`.`,
];

export const ARRAY_FUNCTIONS = defineFunctions([
  ['array.abs(id: array<T>): array<T>', 'New array of the absolute values.'],
  ['array.avg(id: array<T>): float', 'Mean of the elements.'],
  ['array.binary_search(id: array<T>, val: T): int', 'Index of `val` in a sorted array, or -1.'],
  [
    'array.binary_search_leftmost(id: array<T>, val: T): int',
    'Index of `val`, or of the next smaller element.',
  ],
  [
    'array.binary_search_rightmost(id: array<T>, val: T): int',
    'Index of `val`, or of the next larger element.',
  ],
  ['array.clear(id: array<T>): void', 'Removes every element.'],
  [
    'array.concat(id1: array<T>, id2: array<T>): array<T>',
    'Appends `id2` to `id1` and returns `id1`.',
  ],
  ['array.copy(id: array<T>): array<T>', 'Shallow copy.'],
  [
    'array.covariance(id1: array<T>, id2: array<T>, biased: bool = true): float',
    'Covariance of two arrays.',
  ],
  ['array.every(id: array<T>): bool', 'True when every element is true.'],
  [
    'array.fill(id: array<T>, value: T, index_from: int = 0, index_to?: int): void',
    'Sets a range of elements to `value`.',
  ],
  ['array.first(id: array<T>): T', 'First element.'],
  ['array.from(element0: T, ...elements: T): array<T>', 'New array of the arguments.'],
  ['array.get(id: array<T>, index: int): T', 'Element at `index` (negative counts from the end).'],
  ['array.includes(id: array<T>, value: T): bool', 'True when `value` is an element.'],
  ['array.indexof(id: array<T>, value: T): int', 'First index of `value`, or -1.'],
  ['array.insert(id: array<T>, index: int, value: T): void', 'Inserts `value` at `index`.'],
  [
    'array.join(id: array<T>, separator: string = ""): string',
    'Elements as text joined by `separator`.',
  ],
  ['array.last(id: array<T>): T', 'Last element.'],
  ['array.lastindexof(id: array<T>, value: T): int', 'Last index of `value`, or -1.'],
  ['array.max(id: array<T>, nth: int = 0): T', 'Largest (or nth largest) element.'],
  ['array.median(id: array<T>): float', 'Median of the elements.'],
  ['array.min(id: array<T>, nth: int = 0): T', 'Smallest (or nth smallest) element.'],
  ['array.mode(id: array<T>): T', 'Most frequent element.'],
  [
    'array.new(size: int = 0, initial_value: T = na): array<T>',
    'New array of the type given as `array.new<type>`.',
  ],
  ...NEW_TYPED.map(newTyped),
  [
    'array.percentile_linear_interpolation(id: array<T>, percentage: float): float',
    'Percentile, interpolated.',
  ],
  [
    'array.percentile_nearest_rank(id: array<T>, percentage: float): T',
    'Percentile, nearest rank.',
  ],
  ['array.percentrank(id: array<T>, index: int): float', 'Percent rank of the element at `index`.'],
  ['array.pop(id: array<T>): T', 'Removes and returns the last element.'],
  ['array.push(id: array<T>, value: T): void', 'Appends `value`.'],
  ['array.range(id: array<T>): T', 'Largest minus smallest element.'],
  ['array.remove(id: array<T>, index: int): T', 'Removes and returns the element at `index`.'],
  ['array.reverse(id: array<T>): void', 'Reverses in place.'],
  ['array.set(id: array<T>, index: int, value: T): void', 'Sets the element at `index`.'],
  ['array.shift(id: array<T>): T', 'Removes and returns the first element.'],
  ['array.size(id: array<T>): int', 'Number of elements.'],
  [
    'array.slice(id: array<T>, index_from: int, index_to: int): array<T>',
    'View of a range of elements (shares storage).',
  ],
  ['array.some(id: array<T>): bool', 'True when some element is true.'],
  ['array.sort(id: array<T>, order: int = order.ascending): void', 'Sorts in place.'],
  [
    'array.sort_indices(id: array<T>, order: int = order.ascending): array<int>',
    'Indices that would sort the array.',
  ],
  ['array.standardize(id: array<T>): array<float>', 'New array of z-scores.'],
  ['array.stdev(id: array<T>, biased: bool = true): float', 'Standard deviation of the elements.'],
  ['array.sum(id: array<T>): T', 'Sum of the elements.'],
  ['array.unshift(id: array<T>, value: T): void', 'Inserts `value` at the start.'],
  ['array.variance(id: array<T>, biased: bool = true): float', 'Variance of the elements.'],
]);
