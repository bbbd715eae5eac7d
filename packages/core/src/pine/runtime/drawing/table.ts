/** table.*: grids of text cells pinned to a pane position, and the per-run `table` namespace. */
import { NAMED_COLORS } from '../color/color.ts';
import { PineRuntimeError } from '../pine-runtime-error.ts';
import type { Drawing } from './drawing-registry.ts';
import { assign, type Drawings, live } from './drawings.ts';

export interface TableCell {
  text: string | null;
  width: number;
  height: number;
  textColor: number;
  textHalign: string;
  textValign: string;
  textSize: string | number;
  bgcolor: number;
  tooltip: string | null;
  textFontFamily: string;
  textFormatting: string;
}

/** An inclusive rectangle of merged cells; its properties are those of the start cell. */
export interface CellRange {
  readonly startColumn: number;
  readonly startRow: number;
  readonly endColumn: number;
  readonly endRow: number;
}

export interface Table extends Drawing {
  position: string;
  readonly columns: number;
  readonly rows: number;
  bgcolor: number;
  frameColor: number;
  frameWidth: number;
  borderColor: number;
  borderWidth: number;
  readonly forceOverlay: boolean;
  /** Defined cells by `column,row` (see `cellKey`). */
  readonly cells: Map<string, TableCell>;
  readonly merges: CellRange[];
}

export const cellKey = (column: number, row: number): string => `${column},${row}`;

/** The defaults table.cell() gives every property it is not passed (reference). */
function defaultCell(): TableCell {
  return {
    text: '',
    width: 0,
    height: 0,
    textColor: NAMED_COLORS.black,
    textHalign: 'align_center',
    textValign: 'align_center',
    textSize: 'normal',
    bgcolor: Number.NaN,
    tooltip: null,
    textFontFamily: 'family_default',
    textFormatting: 'format_none',
  };
}

function checkBounds(table: Table, column: number, row: number, fn: string): void {
  if (column >= 0 && column < table.columns && row >= 0 && row < table.rows) return;
  throw new PineRuntimeError(
    `${fn}: cell (column ${column}, row ${row}) is outside the table (${table.columns} columns, ${table.rows} rows)`,
  );
}

const overlaps = (a: CellRange, b: CellRange): boolean =>
  a.startColumn <= b.endColumn &&
  b.startColumn <= a.endColumn &&
  a.startRow <= b.endRow &&
  b.startRow <= a.endRow;

/**
 * Per-run namespace keyed by Pine names. No colors by default for the table (na), frame and
 * border widths 0. `table.cell()` replaces the whole cell with defaults for what it is not given;
 * `table.cell_set_*()` change one property (creating the cell with defaults if needed). Column and
 * row indices outside the table are runtime errors (our wording: TradingView's text is unknown).
 * Calls on na or a deleted table do nothing.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_table.new
 * @see https://www.tradingview.com/pine-script-docs/visuals/tables/
 */
export class TableNamespace {
  private readonly drawings: Drawings;

  constructor(drawings: Drawings) {
    this.drawings = drawings;
  }

  new(
    position: string,
    columns: number,
    rows: number,
    bgcolor = Number.NaN,
    frame_color = Number.NaN,
    frame_width = 0,
    border_color = Number.NaN,
    border_width = 0,
    force_overlay = false,
  ): Table {
    return this.drawings.tables.add({
      deleted: false,
      position,
      columns,
      rows,
      bgcolor,
      frameColor: frame_color,
      frameWidth: frame_width,
      borderColor: border_color,
      borderWidth: border_width,
      forceOverlay: force_overlay,
      cells: new Map(),
      merges: [],
    });
  }

  cell(
    table_id: Table | null,
    column: number,
    row: number,
    text: string | null = '',
    width = 0,
    height = 0,
    text_color: number = NAMED_COLORS.black,
    text_halign = 'align_center',
    text_valign = 'align_center',
    text_size: string | number = 'normal',
    bgcolor = Number.NaN,
    tooltip: string | null = null,
    text_font_family = 'family_default',
    text_formatting = 'format_none',
  ): void {
    const t = live(table_id);
    if (!t) return;
    checkBounds(t, column, row, 'table.cell()');
    t.cells.set(cellKey(column, row), {
      text,
      width,
      height,
      textColor: text_color,
      textHalign: text_halign,
      textValign: text_valign,
      textSize: text_size,
      bgcolor,
      tooltip,
      textFontFamily: text_font_family,
      textFormatting: text_formatting,
    });
  }

  cell_set_bgcolor(table_id: Table | null, column: number, row: number, bgcolor: number): void {
    this.patch(table_id, column, row, 'bgcolor', bgcolor);
  }

  cell_set_height(table_id: Table | null, column: number, row: number, height: number): void {
    this.patch(table_id, column, row, 'height', height);
  }

  cell_set_text(table_id: Table | null, column: number, row: number, text: string | null): void {
    this.patch(table_id, column, row, 'text', text);
  }

  cell_set_text_color(
    table_id: Table | null,
    column: number,
    row: number,
    text_color: number,
  ): void {
    this.patch(table_id, column, row, 'textColor', text_color);
  }

  cell_set_text_font_family(
    table_id: Table | null,
    column: number,
    row: number,
    text_font_family: string,
  ): void {
    this.patch(table_id, column, row, 'textFontFamily', text_font_family);
  }

  cell_set_text_formatting(
    table_id: Table | null,
    column: number,
    row: number,
    text_formatting: string,
  ): void {
    this.patch(table_id, column, row, 'textFormatting', text_formatting);
  }

  cell_set_text_halign(
    table_id: Table | null,
    column: number,
    row: number,
    text_halign: string,
  ): void {
    this.patch(table_id, column, row, 'textHalign', text_halign);
  }

  cell_set_text_size(
    table_id: Table | null,
    column: number,
    row: number,
    text_size: string | number,
  ): void {
    this.patch(table_id, column, row, 'textSize', text_size);
  }

  cell_set_text_valign(
    table_id: Table | null,
    column: number,
    row: number,
    text_valign: string,
  ): void {
    this.patch(table_id, column, row, 'textValign', text_valign);
  }

  cell_set_tooltip(
    table_id: Table | null,
    column: number,
    row: number,
    tooltip: string | null,
  ): void {
    this.patch(table_id, column, row, 'tooltip', tooltip);
  }

  cell_set_width(table_id: Table | null, column: number, row: number, width: number): void {
    this.patch(table_id, column, row, 'width', width);
  }

  /** Removes the cells of the inclusive range; `end_*` default to `start_*` (one cell). Merges anchored there go too. */
  clear(
    table_id: Table | null,
    start_column: number,
    start_row: number,
    end_column: number = start_column,
    end_row: number = start_row,
  ): void {
    const t = live(table_id);
    if (!t) return;
    checkBounds(t, start_column, start_row, 'table.clear()');
    checkBounds(t, end_column, end_row, 'table.clear()');
    for (let c = start_column; c <= end_column; c++)
      for (let r = start_row; r <= end_row; r++) t.cells.delete(cellKey(c, r));
    const inRange = (m: CellRange) =>
      m.startColumn >= start_column &&
      m.startColumn <= end_column &&
      m.startRow >= start_row &&
      m.startRow <= end_row;
    t.merges.splice(0, t.merges.length, ...t.merges.filter((m) => !inRange(m)));
  }

  delete(table_id: Table | null): void {
    if (table_id) this.drawings.tables.remove(table_id);
  }

  get all(): Table[] {
    return this.drawings.tables.all();
  }

  /**
   * Merges an inclusive range into its start cell, defined or not; merging a cell that is already
   * merged, or outside the table, is an error (reference remarks).
   */
  merge_cells(
    table_id: Table | null,
    start_column: number,
    start_row: number,
    end_column: number,
    end_row: number,
  ): void {
    const t = live(table_id);
    if (!t) return;
    checkBounds(t, start_column, start_row, 'table.merge_cells()');
    checkBounds(t, end_column, end_row, 'table.merge_cells()');
    const range = {
      startColumn: start_column,
      startRow: start_row,
      endColumn: end_column,
      endRow: end_row,
    };
    if (t.merges.some((m) => overlaps(m, range)))
      throw new PineRuntimeError('table.merge_cells(): a cell in the range is already merged');
    t.merges.push(range);
  }

  set_bgcolor(table_id: Table | null, bgcolor = Number.NaN): void {
    assign(table_id, 'bgcolor', bgcolor);
  }

  set_border_color(table_id: Table | null, border_color = Number.NaN): void {
    assign(table_id, 'borderColor', border_color);
  }

  set_border_width(table_id: Table | null, border_width = 0): void {
    assign(table_id, 'borderWidth', border_width);
  }

  set_frame_color(table_id: Table | null, frame_color = Number.NaN): void {
    assign(table_id, 'frameColor', frame_color);
  }

  set_frame_width(table_id: Table | null, frame_width = 0): void {
    assign(table_id, 'frameWidth', frame_width);
  }

  set_position(table_id: Table | null, position: string): void {
    assign(table_id, 'position', position);
  }

  private patch<K extends keyof TableCell>(
    table_id: Table | null,
    column: number,
    row: number,
    key: K,
    value: TableCell[K],
  ): void {
    const t = live(table_id);
    if (!t) return;
    checkBounds(t, column, row, `table.cell_set_*()`);
    const k = cellKey(column, row);
    let cell = t.cells.get(k);
    if (!cell) {
      cell = defaultCell();
      t.cells.set(k, cell);
    }
    cell[key] = value;
  }
}
