import { describe, expect, it } from 'vitest';
import { parseSymbolOverrides, symbolInfo, tickerId } from './symbol-info.ts';

// Reference: Pine v6 `syminfo.*` names (mintick, pointvalue, timezone, session, currency, prefix).
describe('parseSymbolOverrides', () => {
  it('reads the syminfo keys case-insensitively', () => {
    expect(
      parseSymbolOverrides(
        'mintick=0.25, PointValue=50,timezone=America/Chicago,session=0830-1500',
      ),
    ).toEqual({
      mintick: 0.25,
      pointValue: 50,
      timezone: 'America/Chicago',
      session: '0830-1500',
    });
  });
  it('takes the quantity step as mincontract (its Pine name) or lotsize', () => {
    expect(parseSymbolOverrides('mincontract=0.1')).toEqual({ lotSize: 0.1 });
    expect(parseSymbolOverrides('lotsize=100')).toEqual({ lotSize: 100 });
  });
  it.each([
    ['tick=1', 'unknown key "tick"'],
    ['mintick=0', 'mintick: "0" is not a positive number'],
    ['mintick', 'expected key=value'],
    ['timezone=Moon/Base', 'unknown time zone "Moon/Base"'],
  ])('%s → error naming %s', (text, message) =>
    expect(() => parseSymbolOverrides(text)).toThrow(message),
  );
});

describe('tickerId', () => {
  it('prefixes the exchange as TradingView does', () => {
    expect(tickerId(symbolInfo('GOOG', { exchange: 'NASDAQ' }))).toBe('NASDAQ:GOOG');
    expect(tickerId(symbolInfo('GOOG'))).toBe('GOOG');
  });
});
