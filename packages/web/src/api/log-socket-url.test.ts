import { describe, expect, it } from 'vitest';
import { logSocketUrl } from './use-server-log.ts';

// RFC 6455 §3: ws:// beside http, wss:// beside https; the contract's route is /api/v1/logs.
describe('logSocketUrl', () => {
  it('uses ws on http', () => {
    expect(logSocketUrl({ protocol: 'http:', host: '127.0.0.1:4000' })).toBe(
      'ws://127.0.0.1:4000/api/v1/logs',
    );
  });

  it('uses wss on https', () => {
    expect(logSocketUrl({ protocol: 'https:', host: 'barwise.example' })).toBe(
      'wss://barwise.example/api/v1/logs',
    );
  });
});
