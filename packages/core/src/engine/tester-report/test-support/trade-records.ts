/** Builders of trade records for this folder's tests. */
import type { ClosedTradeRecord, OpenTradeRecord, TradeFill } from '../../broker/trade-record.ts';

export function fillAt(time: number, price: number, signal = '', commission = 0, barIndex = 0) {
  return { time, price, signal, comment: null, commission, barIndex } satisfies TradeFill;
}

export function openTrade(fields: Partial<OpenTradeRecord> & Pick<OpenTradeRecord, 'entry'>) {
  return {
    tradeNumber: 1,
    entryId: 'L',
    direction: 'long',
    qty: 1,
    maxRunup: 0,
    maxDrawdown: 0,
    ...fields,
  } satisfies OpenTradeRecord;
}

export function closedTrade(
  fields: Partial<ClosedTradeRecord> & Pick<ClosedTradeRecord, 'entry' | 'exit' | 'profit'>,
) {
  return {
    ...openTrade(fields),
    exitId: 'X',
    profitPercent: 0,
    cumulativeProfit: fields.profit,
    ...fields,
  } satisfies ClosedTradeRecord;
}
