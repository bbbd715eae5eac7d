import { describe, expect, it } from 'vitest';
import { withRetries } from './retry.ts';

// Hand-worked schedule: base 100 ms doubling, capped at 300 ms: 100, 200, 300, 300.
const POLICY = { attempts: 5, baseDelayMs: 100, maxDelayMs: 300, jitter: 0 };

function failing(times: number, error = new Error('flaky')) {
  let calls = 0;
  return {
    work: async () => {
      calls++;
      if (calls <= times) throw error;
      return calls;
    },
    calls: () => calls,
  };
}

describe('withRetries', () => {
  it.each([
    [0, [], 1],
    [2, [100, 200], 3],
    [4, [100, 200, 300, 300], 5],
  ])('%i failures: waits %j and succeeds on call %i', async (failures, waits, call) => {
    const slept: number[] = [];
    const { work } = failing(failures);
    const result = await withRetries(work, POLICY, {
      retryable: () => true,
      sleep: async (ms) => void slept.push(ms),
    });
    expect({ result, slept }).toEqual({ result: call, slept: waits });
  });

  it('gives up after the last attempt with the last error', async () => {
    const { work, calls } = failing(10);
    await expect(
      withRetries(work, POLICY, { retryable: () => true, sleep: async () => {} }),
    ).rejects.toThrow('flaky');
    expect(calls()).toBe(5);
  });

  it('does not retry an error that is not transient', async () => {
    const { work, calls } = failing(10);
    await expect(withRetries(work, POLICY, { retryable: () => false })).rejects.toThrow('flaky');
    expect(calls()).toBe(1);
  });

  it('stops waiting when aborted', async () => {
    const abort = new AbortController();
    const { work } = failing(10);
    const run = withRetries(
      work,
      { ...POLICY, baseDelayMs: 60_000 },
      { retryable: () => true, signal: abort.signal },
    );
    setTimeout(() => abort.abort(new Error('stopped')), 5);
    await expect(run).rejects.toThrow('stopped');
  });
});
