/** color.*: colors as packed numbers, the named constants, and color.new / rgb / r / g / b / t / from_gradient. */

/**
 * A Pine color is a number: 0xRRGGBB + transparency · 2^24, with the transparency (0 = opaque …
 * 100 = invisible) kept in hundredths so `color.t(color.new(c, 33.33))` returns 33.33. Channels
 * are whole numbers 0 … 255 (fractional arguments are rounded). na is NaN, so colors live in
 * Float64Array series like any number.
 */
export type Color = number;

const RGB = 0x1000000;
const T_STEPS = 100;

function channel(x: number): number {
  return Math.min(255, Math.max(0, Math.round(x)));
}

/** Packs channels and a transparency in percent; na when any part is na. */
function pack(r: number, g: number, b: number, transp: number): Color {
  if (Number.isNaN(r) || Number.isNaN(g) || Number.isNaN(b) || Number.isNaN(transp))
    return Number.NaN;
  const t = Math.min(100 * T_STEPS, Math.max(0, Math.round(transp * T_STEPS)));
  return t * RGB + channel(r) * 65536 + channel(g) * 256 + channel(b);
}

/** `#RRGGBB` or `#RRGGBBAA` literal (alpha 0xFF = opaque) to a color. */
export function hex(literal: string): Color {
  const m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(literal);
  if (!m) return Number.NaN;
  const rgb = Number.parseInt(m[1] as string, 16);
  const alpha = m[2] === undefined ? 255 : Number.parseInt(m[2], 16);
  return pack(rgb >> 16, (rgb >> 8) & 255, rgb & 255, (1 - alpha / 255) * 100);
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_color.rgb */
export function rgb(red: number, green: number, blue: number, transp = 0): Color {
  return pack(red, green, blue, transp);
}

/** The same color with a new transparency. @see https://www.tradingview.com/pine-script-reference/v6/#fun_color.new */
export function newColor(color: Color, transp: number): Color {
  if (Number.isNaN(color)) return Number.NaN;
  return pack(r(color), g(color), b(color), transp);
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_color.r */
export function r(color: Color): number {
  return Number.isNaN(color) ? Number.NaN : Math.floor((color % RGB) / 65536);
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_color.g */
export function g(color: Color): number {
  return Number.isNaN(color) ? Number.NaN : Math.floor((color % 65536) / 256);
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_color.b */
export function b(color: Color): number {
  return Number.isNaN(color) ? Number.NaN : color % 256;
}

/** Transparency 0 … 100. @see https://www.tradingview.com/pine-script-reference/v6/#fun_color.t */
export function t(color: Color): number {
  return Number.isNaN(color) ? Number.NaN : Math.floor(color / RGB) / T_STEPS;
}

/**
 * Linear gradient: `bottom_color` at or below `bottom_value`, `top_color` at or above `top_value`,
 * channels and transparency interpolated in between; na when `value` is na.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_color.from_gradient
 */
export function fromGradient(
  value: number,
  bottomValue: number,
  topValue: number,
  bottomColor: Color,
  topColor: Color,
): Color {
  if (Number.isNaN(value)) return Number.NaN;
  if (value <= bottomValue) return bottomColor;
  if (value >= topValue) return topColor;
  const k = (value - bottomValue) / (topValue - bottomValue);
  const mix = (x: number, y: number) => x + (y - x) * k;
  return pack(
    mix(r(bottomColor), r(topColor)),
    mix(g(bottomColor), g(topColor)),
    mix(b(bottomColor), b(topColor)),
    mix(t(bottomColor), t(topColor)),
  );
}

/** Named colors of Pine v6 (reference manual, "color.aqua" …). */
export const NAMED_COLORS = {
  aqua: hex('#00BCD4'),
  black: hex('#363A45'),
  blue: hex('#2962FF'),
  fuchsia: hex('#E040FB'),
  gray: hex('#787B86'),
  green: hex('#4CAF50'),
  lime: hex('#00E676'),
  maroon: hex('#880E4F'),
  navy: hex('#311B92'),
  olive: hex('#808000'),
  orange: hex('#FF9800'),
  purple: hex('#9C27B0'),
  red: hex('#F23645'),
  silver: hex('#B2B5BE'),
  teal: hex('#089981'),
  white: hex('#FFFFFF'),
  yellow: hex('#FDD835'),
} as const;
