import { describe, expect, it } from 'vitest';
import { InputError } from '../../input-error.ts';
import { runBacktest } from '../kernel/backtest.ts';
import { dailyBars, scripted } from '../test-support/scripted.ts';
import { createFillModel, parseFillModelSpec } from './create-fill-model.ts';

describe('createFillModel', () => {
  it('builds each model by name; only on-close fills at the close that created an order', () => {
    expect(
      (['next-open', 'on-close', 'realistic'] as const).map((name) => {
        const m = createFillModel(name);
        return [m.name, m.fillsOnClose];
      }),
    ).toEqual([
      ['next-open', false],
      ['on-close', true],
      ['realistic', false],
    ]);
  });

  it('records the chosen model and its options in the run result', () => {
    const spec = {
      name: 'realistic',
      slippage: { kind: 'ticks', ticks: 1 },
      participationRate: 0.5,
      latencyBars: 1,
    } as const;
    const r = runBacktest({
      strategy: scripted({}),
      data: dailyBars([[1, 1, 1, 1]]),
      fillModel: spec,
    });
    const { name, ...options } = spec;
    expect([r.fillModel, r.fillModelOptions]).toEqual([name, options]);
  });

  // Each message names the field that is wrong, as bad input must (docs: InputError).
  it.each([
    [
      'fast',
      'fillModel.name: "fast" is not a fill model (use next-open, on-close, realistic, tradingview)',
    ],
    [
      { name: 'next-open', latencyBars: 1 },
      'fillModel.latencyBars: not an option of the next-open fill model',
    ],
    [
      { name: 'realistic', participationRate: 2 },
      'fillModel.participationRate: 2 is not a fraction in (0, 1]',
    ],
    [
      { name: 'realistic', latencyBars: -1 },
      'fillModel.latencyBars: -1 is not a whole number of bars >= 0',
    ],
    [
      { name: 'realistic', slippage: { kind: 'ticks', ticks: 1.5 } },
      'fillModel.slippage.ticks: 1.5 is not a whole number >= 0',
    ],
    [
      { name: 'realistic', slippage: { kind: 'percent', ticks: 1 } },
      'fillModel.slippage.ticks: not a field of percent slippage',
    ],
    [
      { name: 'realistic', slippage: 'ticks' },
      'fillModel.slippage: expected { kind: none | ticks | percent | volume-share, ... }',
    ],
  ])('rejects %j', (input, message) => {
    expect(() => parseFillModelSpec(input)).toThrow(new InputError(message));
  });
});
