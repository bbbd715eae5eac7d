/** Declarations, plots, fills, colors of bars and alerts: `indicator`, `library`, `plot*`, `hline`, `fill`, `bgcolor`, `alert*`. @see https://www.tradingview.com/pine-script-reference/v6/#fun_plot */
import { defineConstants, defineFunctions } from './signature.ts';

const TAIL = 'format?: input string, precision?: input int, force_overlay: const bool = false';

export const PLOT_FUNCTIONS = defineFunctions([
  [
    'indicator(title: const string, shorttitle?: const string, overlay: const bool = false, format?: const string, precision?: const int, scale?: const scale_type, max_bars_back?: const int, timeframe?: const string, timeframe_gaps: const bool = true, explicit_plot_zorder: const bool = false, max_lines_count: const int = 50, max_labels_count: const int = 50, max_boxes_count: const int = 50, calc_bars_count?: const int, max_polylines_count: const int = 50, dynamic_requests: const bool = true, behind_chart: const bool = true): void',
    'Declares an indicator script.',
  ],
  [
    'library(title: const string, overlay: const bool = false, dynamic_requests: const bool = false): void',
    'Declares a library script whose exported functions and types others import.',
  ],
  [
    'alert(message: string, freq: input string = alert.freq_once_per_bar): void',
    'Fires an alert event when executed.',
  ],
  [
    'alertcondition(condition: bool, title?: const string, message?: const string): void',
    'Declares an alert condition for the alert dialog.',
  ],
  [
    'barcolor(color: color, offset: simple int = 0, editable: const bool = true, show_last?: input int, title?: const string, display: input plot_display = display.all): void',
    'Colors the price bars.',
  ],
  [
    'bgcolor(color: color, offset: simple int = 0, editable: const bool = true, show_last?: input int, title?: const string, display: input plot_display = display.all, force_overlay: const bool = false): void',
    'Colors the chart background.',
  ],
  [
    'fill(hline1: hline, hline2: hline, color?: color, title?: const string, editable: const bool = true, fillgaps: const bool = false, display: input plot_display = display.all): void',
    'Fills between two hlines.',
  ],
  [
    'fill(plot1: plot, plot2: plot, color?: color, title?: const string, editable: const bool = true, show_last?: input int, fillgaps: const bool = false, display: input plot_display = display.all): void',
    'Fills between two plots.',
  ],
  [
    'fill(plot1: plot, plot2: plot, top_value: float, bottom_value: float, top_color: color, bottom_color: color, title?: const string, display: input plot_display = display.all, fillgaps: const bool = false, editable: const bool = true): void',
    'Gradient fill between two plots.',
  ],
  [
    'hline(price: input float, title?: const string, color: input color = #787B86, linestyle: input hline_style = hline.style_solid, linewidth: input int = 1, editable: const bool = true, display: input plot_display = display.all): hline',
    'Horizontal line at a fixed price.',
  ],
  [
    `plot(series: float, title?: const string, color?: color, linewidth: input int = 1, style: input plot_style = plot.style_line, trackprice: input bool = false, histbase: input float = 0, offset: simple int = 0, join: input bool = false, editable: const bool = true, show_last?: input int, display: input plot_display = display.all, ${TAIL}, linestyle?: input plot_line_style): plot`,
    'Plots a series on the chart.',
  ],
  [
    `plotarrow(series: float, title?: const string, colorup?: color, colordown?: color, offset: simple int = 0, minheight: input int = 5, maxheight: input int = 100, editable: const bool = true, show_last?: input int, display: input plot_display = display.all, ${TAIL}): void`,
    'Up or down arrows sized by the value.',
  ],
  [
    `plotbar(open: float, high: float, low: float, close: float, title?: const string, color?: color, editable: const bool = true, show_last?: input int, display: input plot_display = display.all, ${TAIL}): void`,
    'Plots OHLC bars.',
  ],
  [
    `plotcandle(open: float, high: float, low: float, close: float, title?: const string, color?: color, wickcolor?: color, editable: const bool = true, show_last?: input int, bordercolor?: color, display: input plot_display = display.all, ${TAIL}): void`,
    'Plots candles.',
  ],
  [
    `plotchar(series: any, title?: const string, char?: input string, location: input string = location.abovebar, color?: color, offset: simple int = 0, text?: const string, textcolor?: color, editable: const bool = true, size: const string = size.auto, show_last?: input int, display: input plot_display = display.all, ${TAIL}): void`,
    'Plots a character where the series is true or not na.',
  ],
  [
    `plotshape(series: any, title?: const string, style: input string = shape.xcross, location: input string = location.abovebar, color?: color, offset: simple int = 0, text?: const string, textcolor?: color, editable: const bool = true, size: const string = size.auto, show_last?: input int, display: input plot_display = display.all, ${TAIL}): void`,
    'Plots a shape where the series is true or not na.',
  ],
]);

export const PLOT_CONSTANTS = [
  ...defineConstants('plot', 'plot_style', [
    ['style_area', 'Filled area.'],
    ['style_areabr', 'Filled area with gaps at na.'],
    ['style_circles', 'Circles.'],
    ['style_columns', 'Columns from the base.'],
    ['style_cross', 'Crosses.'],
    ['style_histogram', 'Histogram bars from the base.'],
    ['style_line', 'Line.'],
    ['style_linebr', 'Line with gaps at na.'],
    ['style_stepline', 'Step line.'],
    ['style_stepline_diamond', 'Step line with diamonds at changes.'],
    ['style_steplinebr', 'Step line with gaps at na.'],
  ]),
  ...defineConstants('plot', 'plot_line_style', [
    ['linestyle_dashed', 'Dashed plot line.'],
    ['linestyle_dotted', 'Dotted plot line.'],
    ['linestyle_solid', 'Solid plot line.'],
  ]),
  ...defineConstants('hline', 'hline_style', [
    ['style_dashed', 'Dashed hline.'],
    ['style_dotted', 'Dotted hline.'],
    ['style_solid', 'Solid hline.'],
  ]),
  ...defineConstants('display', 'plot_display', [
    ['all', 'Shown everywhere.'],
    ['data_window', 'Shown in the data window.'],
    ['none', 'Not shown (still usable by alerts and other scripts).'],
    ['pane', 'Shown in the pane.'],
    ['price_scale', 'Shown on the price scale.'],
    ['status_line', 'Shown in the status line.'],
  ]),
  ...defineConstants('format', 'string', [
    ['inherit', 'Format of the parent series.'],
    ['mintick', 'Rounded to the tick size.'],
    ['percent', 'As a percentage.'],
    ['price', 'As a price.'],
    ['volume', 'As a volume (K, M suffixes).'],
  ]),
  ...defineConstants('alert', 'string', [
    ['freq_all', 'Every call fires.'],
    ['freq_once_per_bar', 'First call per bar fires.'],
    ['freq_once_per_bar_close', 'Fires at bar close only.'],
  ]),
  ...defineConstants('scale', 'scale_type', [
    ['left', 'Left price scale.'],
    ['none', 'No price scale.'],
    ['right', 'Right price scale.'],
  ]),
  ...defineConstants('location', 'string', [
    ['abovebar', 'Above the bar.'],
    ['absolute', 'At the series value.'],
    ['belowbar', 'Below the bar.'],
    ['bottom', 'At the bottom of the pane.'],
    ['top', 'At the top of the pane.'],
  ]),
  ...defineConstants('shape', 'string', [
    ['arrowdown', 'Down arrow.'],
    ['arrowup', 'Up arrow.'],
    ['circle', 'Circle.'],
    ['cross', 'Cross.'],
    ['diamond', 'Diamond.'],
    ['flag', 'Flag.'],
    ['labeldown', 'Label pointing down.'],
    ['labelup', 'Label pointing up.'],
    ['square', 'Square.'],
    ['triangledown', 'Triangle pointing down.'],
    ['triangleup', 'Triangle pointing up.'],
    ['xcross', 'X cross.'],
  ]),
  ...defineConstants('size', 'string', [
    ['auto', 'Size chosen automatically.'],
    ['huge', 'Huge.'],
    ['large', 'Large.'],
    ['normal', 'Normal.'],
    ['small', 'Small.'],
    ['tiny', 'Tiny.'],
  ]),
];
