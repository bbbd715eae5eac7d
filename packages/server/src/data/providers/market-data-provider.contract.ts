/** The behaviour every MarketDataProvider must show; run by market-data-provider.test.ts per provider. */
import { InputError, type Timeframe } from '@barwise/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BarRange, MarketDataProvider } from './market-data-provider.ts';

export interface ProviderFixture {
  readonly provider: MarketDataProvider;
  /** A name the provider knows, and one it does not. */
  readonly name: string;
  readonly unknownName: string;
  readonly timeframe: Timeframe;
  /** A range the provider has exactly `expectedBars` bars in. */
  readonly range: BarRange;
  readonly expectedBars: number;
  close(): Promise<void>;
}

async function collect(provider: MarketDataProvider, fixture: ProviderFixture, range: BarRange) {
  const instrument = await provider.describe(fixture.name);
  const pages: Float64Array[] = [];
  for await (const page of provider.pages(instrument, fixture.timeframe, range))
    pages.push(page.time.slice());
  return pages;
}

export function marketDataProviderContract(
  label: string,
  setup: () => Promise<ProviderFixture>,
): void {
  describe(`market data provider: ${label}`, () => {
    let fixture: ProviderFixture;
    beforeAll(async () => {
      fixture = await setup();
    });
    afterAll(() => fixture.close());

    it('describes the instrument with its timeframe among the native ones', async () => {
      const instrument = await fixture.provider.describe(fixture.name);
      expect(instrument.symbol.ticker).toBeTruthy();
      expect(instrument.timeframes).toContainEqual(fixture.timeframe);
    });

    it('delivers every bar of the range once, in order, inside the range', async () => {
      const pages = await collect(fixture.provider, fixture, fixture.range);
      const times = pages.flatMap((p) => Array.from(p));
      expect(times.length).toBe(fixture.expectedBars);
      expect(times.every((t, i) => i === 0 || t > times[i - 1]!)).toBe(true);
      expect(times[0]).toBeGreaterThanOrEqual(fixture.range.from);
      expect(times.at(-1)).toBeLessThan(fixture.range.to);
    });

    it('delivers the same bars for a sub-range as inside the whole range', async () => {
      const whole = (await collect(fixture.provider, fixture, fixture.range)).flatMap((p) =>
        Array.from(p),
      );
      const mid = whole[Math.floor(whole.length / 2)]!;
      const part = (
        await collect(fixture.provider, fixture, { from: mid, to: fixture.range.to })
      ).flatMap((p) => Array.from(p));
      expect(part).toEqual(whole.filter((t) => t >= mid));
    });

    it('delivers nothing for an empty range', async () => {
      const at = fixture.range.from;
      expect(await collect(fixture.provider, fixture, { from: at, to: at })).toEqual([]);
    });

    it('rejects an unknown instrument with an InputError', async () => {
      await expect(fixture.provider.describe(fixture.unknownName)).rejects.toBeInstanceOf(
        InputError,
      );
    });
  });
}
