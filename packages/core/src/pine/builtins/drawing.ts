/** Drawings: `label.*`, `line.*`, `box.*`, `table.*`, `linefill.*`, `polyline.*`, `chart.point.*`, their style constants and `chart.*` variables. @see https://www.tradingview.com/pine-script-reference/v6/#fun_label.new */
import {
  defineConstants,
  defineFunctions,
  defineVariables,
  type FunctionRow,
} from './signature.ts';

/** `ns.name(id: ns, …): void` setters; `params` after `id`. */
const setters = (ns: string, rows: readonly (readonly [string, string])[]): FunctionRow[] =>
  rows.map(([name, params]) => [
    `${ns}.${name}(id: ${ns}${params ? `, ${params}` : ''}): void`,
    `Changes a property of the ${ns} (${name.replace(/^set_/, '').replace(/_/g, ' ')}).`,
  ]);
const common = (ns: string): FunctionRow[] => [
  [`${ns}.copy(id: ${ns}): ${ns}`, `Copy of the ${ns}.`],
  [`${ns}.delete(id: ${ns}): void`, `Removes the ${ns} from the chart.`],
];

const LABEL_TAIL =
  'text: string = "", xloc: string = xloc.bar_index, yloc: string = yloc.price, color?: color, style: string = label.style_label_down, textcolor?: color, size: string = size.normal, textalign: string = text.align_center, tooltip?: string, text_font_family: string = font.family_default, force_overlay: const bool = false, text_formatting: const string = text.format_none';
const LINE_TAIL =
  'xloc: string = xloc.bar_index, extend: string = extend.none, color?: color, style: string = line.style_solid, width: int = 1, force_overlay: const bool = false';
const BOX_TAIL =
  'border_color?: color, border_width: int = 1, border_style: string = line.style_solid, extend: string = extend.none, xloc: string = xloc.bar_index, bgcolor?: color, text: string = "", text_size: any = size.auto, text_color?: color, text_halign: string = text.align_center, text_valign: string = text.align_center, text_wrap: string = text.wrap_none, text_font_family: string = font.family_default, force_overlay: const bool = false, text_formatting: const string = text.format_none';

export const DRAWING_FUNCTIONS = defineFunctions([
  [`label.new(x: int, y: float, ${LABEL_TAIL}): label`, 'New label at (x, y).'],
  [`label.new(point: chart.point, ${LABEL_TAIL}): label`, 'New label at a chart point.'],
  ...common('label'),
  ['label.get_text(id: label): string', 'Text of the label.'],
  ['label.get_x(id: label): int', 'x of the label (bar index or time).'],
  ['label.get_y(id: label): float', 'Price of the label.'],
  ...setters('label', [
    ['set_color', 'color: color'],
    ['set_point', 'point: chart.point'],
    ['set_size', 'size: any'],
    ['set_style', 'style: string'],
    ['set_text', 'text: string'],
    ['set_text_font_family', 'text_font_family: string'],
    ['set_text_formatting', 'text_formatting: string'],
    ['set_textalign', 'textalign: string'],
    ['set_textcolor', 'textcolor: color'],
    ['set_tooltip', 'tooltip: string'],
    ['set_x', 'x: int'],
    ['set_xloc', 'x: int, xloc: string'],
    ['set_xy', 'x: int, y: float'],
    ['set_y', 'y: float'],
    ['set_yloc', 'yloc: string'],
  ]),
  [
    `line.new(x1: int, y1: float, x2: int, y2: float, ${LINE_TAIL}): line`,
    'New line from (x1, y1) to (x2, y2).',
  ],
  [
    `line.new(first_point: chart.point, second_point: chart.point, ${LINE_TAIL}): line`,
    'New line between two chart points.',
  ],
  ...common('line'),
  ['line.get_price(id: line, x: int): float', 'Price of the line at bar index `x`.'],
  ['line.get_x1(id: line): int', 'x of the first point.'],
  ['line.get_x2(id: line): int', 'x of the second point.'],
  ['line.get_y1(id: line): float', 'Price of the first point.'],
  ['line.get_y2(id: line): float', 'Price of the second point.'],
  ...setters('line', [
    ['set_color', 'color: color'],
    ['set_extend', 'extend: string'],
    ['set_first_point', 'point: chart.point'],
    ['set_second_point', 'point: chart.point'],
    ['set_style', 'style: string'],
    ['set_width', 'width: int'],
    ['set_x1', 'x: int'],
    ['set_x2', 'x: int'],
    ['set_xloc', 'x1: int, x2: int, xloc: string'],
    ['set_xy1', 'x: int, y: float'],
    ['set_xy2', 'x: int, y: float'],
    ['set_y1', 'y: float'],
    ['set_y2', 'y: float'],
  ]),
  [
    `box.new(left: int, top: float, right: int, bottom: float, ${BOX_TAIL}): box`,
    'New box from its left, top, right and bottom.',
  ],
  [
    `box.new(top_left: chart.point, bottom_right: chart.point, ${BOX_TAIL}): box`,
    'New box between two chart points.',
  ],
  ...common('box'),
  ['box.get_bottom(id: box): float', 'Bottom price.'],
  ['box.get_left(id: box): int', 'Left x.'],
  ['box.get_right(id: box): int', 'Right x.'],
  ['box.get_top(id: box): float', 'Top price.'],
  ...setters('box', [
    ['set_bgcolor', 'color: color'],
    ['set_border_color', 'color: color'],
    ['set_border_style', 'style: string'],
    ['set_border_width', 'width: int'],
    ['set_bottom', 'bottom: float'],
    ['set_bottom_right_point', 'point: chart.point'],
    ['set_extend', 'extend: string'],
    ['set_left', 'left: int'],
    ['set_lefttop', 'left: int, top: float'],
    ['set_right', 'right: int'],
    ['set_rightbottom', 'right: int, bottom: float'],
    ['set_text', 'text: string'],
    ['set_text_color', 'text_color: color'],
    ['set_text_font_family', 'text_font_family: string'],
    ['set_text_formatting', 'text_formatting: string'],
    ['set_text_halign', 'text_halign: string'],
    ['set_text_size', 'text_size: any'],
    ['set_text_valign', 'text_valign: string'],
    ['set_text_wrap', 'text_wrap: string'],
    ['set_top', 'top: float'],
    ['set_top_left_point', 'point: chart.point'],
    ['set_xloc', 'left: int, right: int, xloc: string'],
  ]),
  [
    'table.new(position: string, columns: int, rows: int, bgcolor?: color, frame_color?: color, frame_width: int = 0, border_color?: color, border_width: int = 0, force_overlay: const bool = false): table',
    'New table pinned to a chart position.',
  ],
  [
    'table.cell(table_id: table, column: int, row: int, text: string = "", width: float = 0, height: float = 0, text_color?: color, text_halign: string = text.align_center, text_valign: string = text.align_center, text_size: any = size.normal, bgcolor?: color, tooltip?: string, text_font_family: string = font.family_default, text_formatting: const string = text.format_none): void',
    'Defines or replaces a cell.',
  ],
  ...(
    [
      ['bgcolor', 'bgcolor: color'],
      ['height', 'height: float'],
      ['text', 'text: string'],
      ['text_color', 'text_color: color'],
      ['text_font_family', 'text_font_family: string'],
      ['text_formatting', 'text_formatting: string'],
      ['text_halign', 'text_halign: string'],
      ['text_size', 'text_size: any'],
      ['text_valign', 'text_valign: string'],
      ['tooltip', 'tooltip: string'],
      ['width', 'width: float'],
    ] as const
  ).map(
    ([name, param]): FunctionRow => [
      `table.cell_set_${name}(table_id: table, column: int, row: int, ${param}): void`,
      `Changes the ${name.replace(/_/g, ' ')} of a cell.`,
    ],
  ),
  [
    'table.clear(table_id: table, start_column: int, start_row: int, end_column?: int, end_row?: int): void',
    'Removes a range of cells.',
  ],
  ['table.delete(table_id: table): void', 'Removes the table.'],
  [
    'table.merge_cells(table_id: table, start_column: int, start_row: int, end_column: int, end_row: int): void',
    'Merges a range of cells into one.',
  ],
  ...(
    [
      ['set_bgcolor', 'bgcolor: color'],
      ['set_border_color', 'border_color: color'],
      ['set_border_width', 'border_width: int'],
      ['set_frame_color', 'frame_color: color'],
      ['set_frame_width', 'frame_width: int'],
      ['set_position', 'position: string'],
    ] as const
  ).map(
    ([name, param]): FunctionRow => [
      `table.${name}(table_id: table, ${param}): void`,
      `Changes the table ${name.slice(4).replace(/_/g, ' ')}.`,
    ],
  ),
  [
    'linefill.new(line1: line, line2: line, color: color): linefill',
    'Fills the space between two lines.',
  ],
  ['linefill.delete(id: linefill): void', 'Removes the fill.'],
  ['linefill.get_line1(id: linefill): line', 'First line of the fill.'],
  ['linefill.get_line2(id: linefill): line', 'Second line of the fill.'],
  ['linefill.set_color(id: linefill, color: color): void', 'Changes the fill color.'],
  [
    'polyline.new(points: array<chart.point>, curved: bool = false, closed: bool = false, xloc: string = xloc.bar_index, line_color?: color, fill_color?: color, line_style: string = line.style_solid, line_width: int = 1, force_overlay: const bool = false): polyline',
    'New polyline through the points.',
  ],
  ['polyline.delete(id: polyline): void', 'Removes the polyline.'],
  ['chart.point.copy(id: chart.point): chart.point', 'Copy of the point.'],
  [
    'chart.point.from_index(index: int, price: float): chart.point',
    'Point at a bar index (time na).',
  ],
  [
    'chart.point.from_time(time: int, price: float): chart.point',
    'Point at a UNIX time (index na).',
  ],
  [
    'chart.point.new(time: int, index: int, price: float): chart.point',
    'Point with time, bar index and price.',
  ],
  ['chart.point.now(price: float = close): chart.point', 'Point at the current bar.'],
]);

export const DRAWING_VARIABLES = defineVariables('variable', [
  ['label.all: series array<label>', 'Every label the script drew that still exists.'],
  ['line.all: series array<line>', 'Every line the script drew that still exists.'],
  ['box.all: series array<box>', 'Every box the script drew that still exists.'],
  ['table.all: series array<table>', 'Every table the script created that still exists.'],
  ['linefill.all: series array<linefill>', 'Every linefill that still exists.'],
  ['polyline.all: series array<polyline>', 'Every polyline that still exists.'],
  ['chart.bg_color: input color', 'Background color of the chart.'],
  ['chart.fg_color: input color', 'Color contrasting with the background.'],
  ['chart.is_heikinashi: simple bool', 'True on a Heikin Ashi chart.'],
  ['chart.is_kagi: simple bool', 'True on a Kagi chart.'],
  ['chart.is_linebreak: simple bool', 'True on a Line Break chart.'],
  ['chart.is_pnf: simple bool', 'True on a Point & Figure chart.'],
  ['chart.is_range: simple bool', 'True on a Range chart.'],
  ['chart.is_renko: simple bool', 'True on a Renko chart.'],
  ['chart.is_standard: simple bool', 'True on a standard bar or candle chart.'],
  ['chart.left_visible_bar_time: input int', 'Time of the leftmost visible bar.'],
  ['chart.right_visible_bar_time: input int', 'Time of the rightmost visible bar.'],
]);

export const DRAWING_CONSTANTS = [
  ...defineConstants('label', 'string', [
    ['style_arrowdown', 'Arrow down.'],
    ['style_arrowup', 'Arrow up.'],
    ['style_circle', 'Circle.'],
    ['style_cross', 'Cross.'],
    ['style_diamond', 'Diamond.'],
    ['style_flag', 'Flag.'],
    ['style_label_center', 'Label with no pointer.'],
    ['style_label_down', 'Label pointing down.'],
    ['style_label_left', 'Label pointing left.'],
    ['style_label_lower_left', 'Label pointing lower left.'],
    ['style_label_lower_right', 'Label pointing lower right.'],
    ['style_label_right', 'Label pointing right.'],
    ['style_label_up', 'Label pointing up.'],
    ['style_label_upper_left', 'Label pointing upper left.'],
    ['style_label_upper_right', 'Label pointing upper right.'],
    ['style_none', 'Text only.'],
    ['style_square', 'Square.'],
    ['style_text_outline', 'Outlined text.'],
    ['style_triangledown', 'Triangle down.'],
    ['style_triangleup', 'Triangle up.'],
    ['style_xcross', 'X cross.'],
  ]),
  ...defineConstants('line', 'string', [
    ['style_arrow_both', 'Arrows at both ends.'],
    ['style_arrow_left', 'Arrow at the first point.'],
    ['style_arrow_right', 'Arrow at the second point.'],
    ['style_dashed', 'Dashed.'],
    ['style_dotted', 'Dotted.'],
    ['style_solid', 'Solid.'],
  ]),
  ...defineConstants('xloc', 'string', [
    ['bar_index', 'x is a bar index.'],
    ['bar_time', 'x is a UNIX time.'],
  ]),
  ...defineConstants('yloc', 'string', [
    ['abovebar', 'Above the bar.'],
    ['belowbar', 'Below the bar.'],
    ['price', 'At the y price.'],
  ]),
  ...defineConstants('extend', 'string', [
    ['both', 'Both ways.'],
    ['left', 'To the left.'],
    ['none', 'Not extended.'],
    ['right', 'To the right.'],
  ]),
  ...defineConstants('text', 'string', [
    ['align_bottom', 'Bottom.'],
    ['align_center', 'Centre.'],
    ['align_left', 'Left.'],
    ['align_right', 'Right.'],
    ['align_top', 'Top.'],
    ['format_bold', 'Bold text.'],
    ['format_italic', 'Italic text.'],
    ['format_none', 'Plain text.'],
    ['wrap_auto', 'Wrapped to the width.'],
    ['wrap_none', 'Not wrapped.'],
  ]),
  ...defineConstants('position', 'string', [
    ['bottom_center', 'Bottom centre.'],
    ['bottom_left', 'Bottom left.'],
    ['bottom_right', 'Bottom right.'],
    ['middle_center', 'Middle centre.'],
    ['middle_left', 'Middle left.'],
    ['middle_right', 'Middle right.'],
    ['top_center', 'Top centre.'],
    ['top_left', 'Top left.'],
    ['top_right', 'Top right.'],
  ]),
  ...defineConstants('font', 'string', [
    ['family_default', 'Default font.'],
    ['family_monospace', 'Monospace font.'],
  ]),
];
