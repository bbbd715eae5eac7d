/** `str.*`: string functions. @see https://www.tradingview.com/pine-script-reference/v6/#fun_str.tostring */
import { defineFunctions } from './signature.ts';

export const STR_FUNCTIONS = defineFunctions([
  ['str.contains(source: string, str: string): bool', 'True when `str` occurs in `source`.'],
  ['str.endswith(source: string, str: string): bool', 'True when `source` ends with `str`.'],
  [
    'str.format(formatString: string, ...args: any): string',
    'Fills `{0}`, `{1,number,#.##}` … placeholders.',
  ],
  [
    'str.format_time(time: int, format: string = "yyyy-MM-dd\'T\'HH:mm:ssZ", timezone: string = syminfo.timezone): string',
    'Formats a UNIX time in ms with a date pattern.',
  ],
  ['str.length(string: string): int', 'Number of characters.'],
  ['str.lower(source: string): string', 'Lower-case copy.'],
  [
    'str.match(source: string, regex: string): string',
    'First match of a regular expression, or "".',
  ],
  ['str.pos(source: string, str: string): int', 'Index of the first occurrence, or na.'],
  [
    'str.repeat(source: string, repeat: int, separator: string = ""): string',
    'The string repeated, joined by `separator`.',
  ],
  [
    'str.replace(source: string, target: string, replacement: string, occurrence: int = 0): string',
    'Replaces the N-th occurrence of `target`.',
  ],
  [
    'str.replace_all(source: string, target: string, replacement: string): string',
    'Replaces every occurrence of `target`.',
  ],
  [
    'str.split(string: string, separator: string): array<string>',
    'Splits into an array of substrings.',
  ],
  ['str.startswith(source: string, str: string): bool', 'True when `source` starts with `str`.'],
  [
    'str.substring(source: string, begin_pos: int, end_pos?: int): string',
    'Characters from `begin_pos` up to (not including) `end_pos`.',
  ],
  ['str.tonumber(string: string): float', 'Parses a number, na when it is not one.'],
  [
    'str.tostring(value: any, format: string = format.mintick): string',
    'Text of a value; numbers use `format` (format.* or a pattern like "#.##").',
  ],
  ['str.trim(source: string): string', 'Removes leading and trailing white space.'],
  ['str.upper(source: string): string', 'Upper-case copy.'],
]);
