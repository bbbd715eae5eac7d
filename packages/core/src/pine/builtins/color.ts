/** `color.*`: color functions and the named color constants. @see https://www.tradingview.com/pine-script-reference/v6/#fun_color.new */
import { defineConstants, defineFunctions } from './signature.ts';

export const COLOR_FUNCTIONS = defineFunctions([
  ['color.b(color: color): float', 'Blue component, 0–255.'],
  [
    'color.from_gradient(value: float, bottom_value: float, top_value: float, bottom_color: color, top_color: color): color',
    'Color between two colors by the position of `value` in a range.',
  ],
  ['color.g(color: color): float', 'Green component, 0–255.'],
  ['color.new(color: color, transp: float): color', 'The color with a transparency of 0–100.'],
  ['color.r(color: color): float', 'Red component, 0–255.'],
  [
    'color.rgb(red: float, green: float, blue: float, transp: float = 0): color',
    'Color from red, green, blue (0–255) and transparency (0–100).',
  ],
  ['color.t(color: color): float', 'Transparency, 0–100.'],
]);

/** Hex values per the reference (e.g. color.red is #F23645). */
export const COLOR_CONSTANTS = defineConstants('color', 'color', [
  ['aqua', '#00BCD4'],
  ['black', '#363A45'],
  ['blue', '#2196F3'],
  ['fuchsia', '#E040FB'],
  ['gray', '#787B86'],
  ['green', '#4CAF50'],
  ['lime', '#00E676'],
  ['maroon', '#880E4F'],
  ['navy', '#311B92'],
  ['olive', '#808000'],
  ['orange', '#FF9800'],
  ['purple', '#9C27B0'],
  ['red', '#F23645'],
  ['silver', '#B2B5BE'],
  ['teal', '#089981'],
  ['white', '#FFFFFF'],
  ['yellow', '#FDD835'],
]);
