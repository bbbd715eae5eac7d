/** str.*: the per-run `Str` namespace object, and the number, message, date and regex formatters it is built on. */
export { formatDatePattern } from './date-pattern.ts';
export { formatMessage } from './format-message.ts';
export { javaRegex } from './java-regex.ts';
export { formatNumberPattern, type Rounding } from './number-pattern.ts';
export * from './str.ts';
export { DEFAULT_NUMBER_FORMAT, numberToString, valueToString } from './to-string.ts';
