/** linefill.*: the space between two lines filled with a color, and the per-run `linefill` namespace. */
import type { Drawing } from './drawing-registry.ts';
import { assign, type Drawings, live } from './drawings.ts';
import type { Line } from './line.ts';

export interface Linefill extends Drawing {
  readonly line1: Line;
  readonly line2: Line;
  color: number;
}

/**
 * "If any line of the two is deleted, the linefill object is also deleted" (reference), and
 * "any pair of line instances can only have one linefill between them": a new one on the same
 * pair, in either order, replaces the old (User Manual, Fills). A linefill of an na or deleted line
 * is na. Getters on a deleted linefill return na.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_linefill.new
 * @see https://www.tradingview.com/pine-script-docs/visuals/fills/#line-fills
 */
export class LinefillNamespace {
  private readonly drawings: Drawings;

  constructor(drawings: Drawings) {
    this.drawings = drawings;
  }

  new(line1: Line | null, line2: Line | null, color: number): Linefill | null {
    const a = live(line1);
    const b = live(line2);
    if (!a || !b) return null;
    const fills = this.drawings.linefills;
    for (const old of fills.all())
      if ((old.line1 === a && old.line2 === b) || (old.line1 === b && old.line2 === a))
        fills.remove(old);
    return fills.add({ deleted: false, line1: a, line2: b, color });
  }

  delete(id: Linefill | null): void {
    if (id) this.drawings.linefills.remove(id);
  }

  get all(): Linefill[] {
    return this.drawings.linefills.all();
  }

  get_line1(id: Linefill | null): Line | null {
    return live(id)?.line1 ?? null;
  }

  get_line2(id: Linefill | null): Line | null {
    return live(id)?.line2 ?? null;
  }

  set_color(id: Linefill | null, color: number): void {
    assign(id, 'color', color);
  }
}
