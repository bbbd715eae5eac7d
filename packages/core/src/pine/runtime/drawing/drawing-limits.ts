/** Per-script drawing limits from indicator()/strategy(): max_labels_count, max_lines_count, max_boxes_count, max_polylines_count. */

export interface DrawingLimits {
  readonly maxLabels: number;
  readonly maxLines: number;
  readonly maxBoxes: number;
  readonly maxPolylines: number;
}

/**
 * Defaults are 50 each; a script may ask for up to 500 labels, lines and boxes and 100
 * polylines (User Manual, Limitations). Values outside 1 … max are clamped (the checker is where
 * a bad constant should be reported).
 * @see https://www.tradingview.com/pine-script-docs/writing/limitations/#line-box-polyline-and-label-limits
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_indicator
 */
export function drawingLimits(asked: Partial<DrawingLimits> = {}): DrawingLimits {
  const clamp = (value: number | undefined, max: number) =>
    Math.min(max, Math.max(1, Math.trunc(value ?? 50)));
  return {
    maxLabels: clamp(asked.maxLabels, 500),
    maxLines: clamp(asked.maxLines, 500),
    maxBoxes: clamp(asked.maxBoxes, 500),
    maxPolylines: clamp(asked.maxPolylines, 100),
  };
}
