/** `input` and `input.*`: script settings, which become the script's typed parameters. @see https://www.tradingview.com/pine-script-reference/v6/#fun_input.int */
import { defineFunctions } from './signature.ts';

const UI =
  'tooltip?: const string, inline?: const string, group?: const string, confirm: const bool = false, display: const plot_display = display.all, active: input bool = true';
const title = 'title?: const string';

export const INPUT_FUNCTIONS = defineFunctions([
  [
    `input(defval: const int, ${title}, ${UI}): input int`,
    'Integer setting (the generic form; prefer input.int).',
  ],
  [`input(defval: const float, ${title}, ${UI}): input float`, 'Float setting (the generic form).'],
  [`input(defval: const bool, ${title}, ${UI}): input bool`, 'Boolean setting (the generic form).'],
  [`input(defval: const color, ${title}, ${UI}): input color`, 'Color setting (the generic form).'],
  [
    `input(defval: const string, ${title}, ${UI}): input string`,
    'String setting (the generic form).',
  ],
  [
    `input(defval: series float, ${title}, ${UI}): series float`,
    'Source setting such as `close` (the generic form).',
  ],
  [`input.bool(defval: const bool, ${title}, ${UI}): input bool`, 'Checkbox setting.'],
  [`input.color(defval: const color, ${title}, ${UI}): input color`, 'Color picker setting.'],
  [
    `input.enum(defval: const any, ${title}, options?: const any, ${UI}): input any`,
    'Drop-down of the members of an enum.',
  ],
  [
    `input.float(defval: const float, ${title}, minval?: const float, maxval?: const float, step?: const float, ${UI}): input float`,
    'Float setting with bounds and step.',
  ],
  [
    `input.float(defval: const float, ${title}, options: const any, ${UI}): input float`,
    'Float setting chosen from `options`.',
  ],
  [
    `input.int(defval: const int, ${title}, minval?: const int, maxval?: const int, step?: const int, ${UI}): input int`,
    'Integer setting with bounds and step.',
  ],
  [
    `input.int(defval: const int, ${title}, options: const any, ${UI}): input int`,
    'Integer setting chosen from `options`.',
  ],
  [
    `input.price(defval: const float, ${title}, ${UI}): input float`,
    'Price setting, pickable on the chart.',
  ],
  [
    `input.session(defval: const string, ${title}, options?: const any, ${UI}): input string`,
    'Session setting such as "0930-1600".',
  ],
  [
    `input.source(defval: series float, ${title}, ${UI}): series float`,
    'Source setting: a price series or another script plot.',
  ],
  [
    `input.string(defval: const string, ${title}, options?: const any, ${UI}): input string`,
    'Text setting, optionally from `options`.',
  ],
  [`input.symbol(defval: const string, ${title}, ${UI}): input string`, 'Symbol setting.'],
  [
    `input.text_area(defval: const string, ${title}, ${UI}): input string`,
    'Multi-line text setting.',
  ],
  [
    `input.time(defval: const int, ${title}, ${UI}): input int`,
    'Date and time setting (UNIX ms), pickable on the chart.',
  ],
  [
    `input.timeframe(defval: const string, ${title}, options?: const any, ${UI}): input string`,
    'Timeframe setting such as "60" or "1D".',
  ],
]);
