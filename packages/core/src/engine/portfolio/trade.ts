/** A round trip: units opened by one fill and closed (first in, first out) by later fills. */

export interface Trade {
  readonly id: number;
  readonly symbol: string;
  /** Signed units: positive long, negative short. */
  readonly size: number;
  readonly entryPrice: number;
  /** Step (primary bar index) and time of the entry fill. */
  readonly entryBar: number;
  readonly entryTime: number;
  readonly exitPrice: number;
  readonly exitBar: number;
  readonly exitTime: number;
  /** Money profit after both commissions, as backtesting.py's `Trade.pl`. */
  readonly pnl: number;
  /** Fractional return after commissions, as backtesting.py's `Trade.pl_pct`. */
  readonly returnPct: number;
  /** Entry and exit commission attributed to these units. */
  readonly commission: number;
  /** The part of `commission` paid at the entry. */
  readonly entryCommission: number;
  readonly entryTag: string;
  readonly exitTag: string;
}

/** The open part of a trade, kept by the account until closed. */
export interface OpenTrade {
  readonly id: number;
  readonly symbol: string;
  /** Signed units still open. */
  size: number;
  readonly entryPrice: number;
  readonly entryBar: number;
  readonly entryTime: number;
  /** Entry commission not yet attributed to closed parts. */
  entryCommission: number;
  readonly tag: string;
}
