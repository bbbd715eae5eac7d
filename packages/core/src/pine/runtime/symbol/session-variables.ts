/**
 * `session.*` variables: where the bar sits in the symbol's session. Bars inside the session
 * (market/session.ts) are the regular market; bars outside it, when the data has extended hours,
 * are pre-market before the day's first range and post-market after its last. The "first" and
 * "last" bar of a session compare the bar's session day with its neighbours' in the data.
 * A per-run object of getters keyed by Pine names (runtime convention, shape 2).
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_session.isfirstbar
 */
import type { Bars } from '../../../market/bars.ts';
import {
  isInSession,
  parseSession,
  type Session,
  sessionSegmentAt,
  tradingDayClose,
} from '../../../market/session.ts';
import { toLocalMs } from '../../../market/timezone.ts';
import type { BarState } from '../series/bar-state.ts';
import { resolveTimezone } from '../time/timezone-arg.ts';

const DAY = 86_400_000;

export class SessionVariables {
  private readonly session: Session;
  private readonly zone: string;

  constructor(
    private readonly bar: BarState,
    private readonly bars: Bars,
  ) {
    this.session = parseSession(bar.symbol.session);
    this.zone = resolveTimezone(bar.symbol.timezone);
  }

  get ismarket(): boolean {
    return this.inSession(this.bar.barIndex);
  }

  /** Outside the session, before its next range on the same local calendar day. */
  get ispremarket(): boolean {
    const t = this.timeAt(this.bar.barIndex);
    if (Number.isNaN(t) || this.inSession(this.bar.barIndex)) return false;
    const segment = sessionSegmentAt(this.session, this.zone, t);
    return localDay(this.zone, segment.end) === localDay(this.zone, t);
  }

  /** Outside the session, after the end of a range on the same local calendar day. */
  get ispostmarket(): boolean {
    const t = this.timeAt(this.bar.barIndex);
    if (Number.isNaN(t) || this.inSession(this.bar.barIndex)) return false;
    const segment = sessionSegmentAt(this.session, this.zone, t);
    return (
      !Number.isNaN(segment.start) && localDay(this.zone, segment.start) === localDay(this.zone, t)
    );
  }

  get isfirstbar(): boolean {
    const i = this.bar.barIndex;
    return i >= 0 && (i === 0 || this.dayKey(i - 1) !== this.dayKey(i));
  }

  get islastbar(): boolean {
    const i = this.bar.barIndex;
    if (i < 0) return false;
    if (i + 1 < this.bars.length) return this.dayKey(i + 1) !== this.dayKey(i);
    return this.closesSession(i);
  }

  get isfirstbar_regular(): boolean {
    const i = this.bar.barIndex;
    if (!this.inSession(i)) return false;
    return i === 0 || !this.inSession(i - 1) || this.dayKey(i - 1) !== this.dayKey(i);
  }

  get islastbar_regular(): boolean {
    const i = this.bar.barIndex;
    if (!this.inSession(i)) return false;
    if (i + 1 < this.bars.length) {
      return !this.inSession(i + 1) || this.dayKey(i + 1) !== this.dayKey(i);
    }
    return this.closesSession(i);
  }

  private timeAt(i: number): number {
    return i >= 0 && i < this.bars.length ? (this.bars.time[i] as number) : Number.NaN;
  }

  private inSession(i: number): boolean {
    const t = this.timeAt(i);
    return !Number.isNaN(t) && isInSession(this.session, this.zone, t);
  }

  /** The trading day of a bar in session; the local calendar day of an extended-hours bar. */
  private dayKey(i: number): number {
    const t = this.timeAt(i);
    const segment = sessionSegmentAt(this.session, this.zone, t);
    return segment.inSession ? segment.tradingDay : localDay(this.zone, t);
  }

  /** The last bar in the data ends the session when it reaches the trading day's close. */
  private closesSession(i: number): boolean {
    const t = this.timeAt(i);
    const segment = sessionSegmentAt(this.session, this.zone, t);
    if (!segment.inSession) return false;
    return this.bar.timeClose >= tradingDayClose(this.session, this.zone, segment.tradingDay);
  }
}

function localDay(zone: string, utcMs: number): number {
  return Math.floor(toLocalMs(zone, utcMs) / DAY);
}
