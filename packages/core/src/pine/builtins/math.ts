/** `math.*`: arithmetic functions and constants. @see https://www.tradingview.com/pine-script-reference/v6/#fun_math.abs */
import { defineFunctions, defineVariables, type FunctionRow } from './signature.ts';

/** Functions of one number that keep int as int (first overload) and float as float. */
const sameType = (name: string, description: string): FunctionRow[] => [
  [`math.${name}(number: int): int`, description],
  [`math.${name}(number: float): float`, description],
];
const toFloat = (name: string, description: string): FunctionRow => [
  `math.${name}(angle: float): float`,
  description,
];

export const MATH_FUNCTIONS = defineFunctions([
  ...sameType('abs', 'Absolute value.'),
  toFloat('acos', 'Arc cosine in radians.'),
  toFloat('asin', 'Arc sine in radians.'),
  toFloat('atan', 'Arc tangent in radians.'),
  ['math.avg(number0: float, ...numbers: float): float', 'Mean of the arguments.'],
  ['math.ceil(number: float): int', 'Smallest integer ≥ the number.'],
  toFloat('cos', 'Cosine of an angle in radians.'),
  ['math.exp(number: float): float', 'e raised to the number.'],
  ['math.floor(number: float): int', 'Largest integer ≤ the number.'],
  ['math.log(number: float): float', 'Natural logarithm.'],
  ['math.log10(number: float): float', 'Base-10 logarithm.'],
  ['math.max(number0: int, number1: int, ...numbers: int): int', 'Largest argument.'],
  ['math.max(number0: float, number1: float, ...numbers: float): float', 'Largest argument.'],
  ['math.min(number0: int, number1: int, ...numbers: int): int', 'Smallest argument.'],
  ['math.min(number0: float, number1: float, ...numbers: float): float', 'Smallest argument.'],
  ['math.pow(base: float, exponent: float): float', '`base` raised to `exponent`.'],
  [
    'math.random(min: float = 0, max: float = 1, seed?: simple int): series float',
    'Pseudo-random number in [min, max).',
  ],
  ['math.round(number: float): int', 'Nearest integer, halves away from zero.'],
  ['math.round(number: float, precision: int): float', 'Rounded to `precision` decimals.'],
  ['math.round_to_mintick(number: float): float', 'Rounded to the symbol tick size.'],
  ...sameType('sign', 'Sign: -1, 0 or 1.'),
  toFloat('sin', 'Sine of an angle in radians.'),
  ['math.sqrt(number: float): float', 'Square root.'],
  ['math.sum(source: float, length: int): series float', 'Sum of the last `length` values.'],
  toFloat('tan', 'Tangent of an angle in radians.'),
  ['math.todegrees(radians: float): float', 'Radians to degrees.'],
  ['math.toradians(degrees: float): float', 'Degrees to radians.'],
]);

export const MATH_CONSTANTS = defineVariables('constant', [
  ['math.e: const float', "Euler's number, 2.718…"],
  ['math.phi: const float', 'Golden ratio, 1.618…'],
  ['math.pi: const float', 'π, 3.14159…'],
  ['math.rphi: const float', 'Golden ratio conjugate, 0.618…'],
]);
