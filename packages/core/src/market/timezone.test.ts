import { describe, expect, it } from 'vitest';
import { fromLocalMs, localParts, timezoneOffsetMs } from './timezone.ts';

const H = 3_600_000;
const utc = (iso: string) => Date.parse(`${iso}Z`);

// Reference: US DST 2024 began 2024-03-10 02:00 EST (07:00 UTC), ended 2024-11-03 02:00 EDT (06:00 UTC).
describe('timezoneOffsetMs (IANA data through Intl)', () => {
  it.each([
    ['America/New_York', '2024-01-15T12:00:00', -5 * H],
    ['America/New_York', '2024-07-15T12:00:00', -4 * H],
    ['America/New_York', '2024-03-10T06:59:00', -5 * H],
    ['America/New_York', '2024-03-10T07:00:00', -4 * H],
    ['America/New_York', '2024-11-03T05:59:00', -4 * H],
    ['America/New_York', '2024-11-03T06:00:00', -5 * H],
    ['Asia/Kolkata', '2024-06-01T00:00:00', 5.5 * H],
    ['UTC', '2024-06-01T00:00:00', 0],
    ['UTC+3', '2024-06-01T00:00:00', 3 * H],
    ['GMT-5:30', '2024-06-01T00:00:00', -5.5 * H],
  ])('%s at %s UTC', (tz, iso, offset) => expect(timezoneOffsetMs(tz, utc(iso))).toBe(offset));

  it('rejects an unknown zone by name', () => {
    expect(() => timezoneOffsetMs('Mars/Olympus', 0)).toThrow('unknown time zone "Mars/Olympus"');
  });
});

describe('fromLocalMs', () => {
  it('maps New York wall time to UTC on both sides of DST', () => {
    expect(fromLocalMs('America/New_York', utc('2024-01-15T09:30:00'))).toBe(
      utc('2024-01-15T14:30:00'),
    );
    expect(fromLocalMs('America/New_York', utc('2024-07-15T09:30:00'))).toBe(
      utc('2024-07-15T13:30:00'),
    );
  });

  it('reads a wall time skipped by the spring-forward jump with the earlier offset', () => {
    expect(fromLocalMs('America/New_York', utc('2024-03-10T02:30:00'))).toBe(
      utc('2024-03-10T07:30:00'),
    );
  });
});

describe('localParts', () => {
  it('gives the wall-clock fields and weekday', () => {
    expect(localParts('Asia/Tokyo', utc('2024-12-31T20:00:00'))).toEqual({
      year: 2025,
      month: 1,
      day: 1,
      hour: 5,
      minute: 0,
      second: 0,
      weekday: 3,
    });
  });
});
