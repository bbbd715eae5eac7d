import { describe, expect, it } from 'vitest';
import { fromLocalMs } from '../timezone.ts';
import { LocalToUtc } from './local-to-utc.ts';

// Reference: fromLocalMs itself, called time by time; the memo must never change its answer,
// in particular around the 2024 DST changes (US 03-10 and 11-03, EU 03-31 and 10-27,
// Lord Howe's half-hour shift on 04-07 and 10-06).
describe('LocalToUtc agrees with fromLocalMs', () => {
  it.each([
    ['America/New_York', '2024-03-09', '2024-03-11'],
    ['America/New_York', '2024-11-02', '2024-11-04'],
    ['Europe/London', '2024-03-30', '2024-04-01'],
    ['Europe/Berlin', '2024-10-26', '2024-10-28'],
    ['Australia/Lord_Howe', '2024-04-06', '2024-04-08'],
    ['Australia/Lord_Howe', '2024-10-05', '2024-10-07'],
    ['Asia/Kathmandu', '2024-06-01', '2024-06-02'],
    ['UTC+3', '2024-06-01', '2024-06-02'],
    ['UTC', '2024-06-01', '2024-06-02'],
  ])('%s every minute from %s to %s', (zone, from, to) => {
    const converter = new LocalToUtc(zone);
    const mismatches: string[] = [];
    for (let t = Date.parse(`${from}T00:00:00Z`); t < Date.parse(`${to}T00:00:00Z`); t += 60_000) {
      const expected = fromLocalMs(zone, t);
      if (converter.convert(t) !== expected) mismatches.push(new Date(t).toISOString());
    }
    expect(mismatches).toEqual([]);
  });
});

// Reference: US DST 2024 — wall times 02:00–02:59 on 2024-03-10 do not exist in New York.
describe('LocalToUtc.skipped', () => {
  it.each([
    ['2024-03-10T01:59:00', false],
    ['2024-03-10T02:00:00', true],
    ['2024-03-10T02:59:00', true],
    ['2024-03-10T03:00:00', false],
    ['2024-11-03T01:30:00', false], // repeated, not skipped
  ])('%s → %s', (wall, skipped) => {
    const converter = new LocalToUtc('America/New_York');
    converter.convert(Date.parse(`${wall}Z`));
    expect(converter.skipped).toBe(skipped);
  });
});
