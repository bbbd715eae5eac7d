import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, parseProblem } from './api-error.ts';
import { api } from './client.ts';
import { buildUrl, request } from './http.ts';

describe('buildUrl (contract: base path /api/v1, query parameters)', () => {
  it('prefixes the base path', () => {
    expect(buildUrl('/strategies')).toBe('/api/v1/strategies');
  });

  it('drops undefined, null and empty values and keeps the given order', () => {
    const url = buildUrl('/backtests', { strategyId: 's1', datasetId: undefined, status: '' });
    expect(url).toBe('/api/v1/backtests?strategyId=s1');
  });

  it('percent-encodes values as application/x-www-form-urlencoded (space → +, & → %26)', () => {
    expect(buildUrl('/strategies', { q: 'rsi & ma', tag: 'trend' })).toBe(
      '/api/v1/strategies?q=rsi+%26+ma&tag=trend',
    );
  });

  it('writes numbers and booleans as text', () => {
    expect(buildUrl('/datasets/d/bars', { from: 0, limit: 5000 })).toBe(
      '/api/v1/datasets/d/bars?from=0&limit=5000',
    );
  });
});

describe('parseProblem (RFC 9457 problem+json)', () => {
  const body = JSON.stringify({
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    detail: 'initialCapital must be positive',
    instance: '/api/v1/backtests',
    requestId: 'req-7',
    errors: [{ field: 'initialCapital', message: 'must be > 0' }, { nonsense: 1 }],
  });

  it('takes title, detail, request id and the well-formed field errors', () => {
    const error = parseProblem(400, 'application/problem+json; charset=utf-8', body);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, title: 'Bad Request', requestId: 'req-7' });
    expect(error.detail).toBe('initialCapital must be positive');
    expect(error.errors).toEqual([{ field: 'initialCapital', message: 'must be > 0' }]);
    expect(error.message).toBe('Bad Request: initialCapital must be positive');
  });

  it('uses a non-JSON body as the detail under "HTTP status"', () => {
    const error = parseProblem(502, 'text/html', '  Bad gateway  ');
    expect(error).toMatchObject({ title: 'HTTP 502', detail: 'Bad gateway', errors: [] });
  });

  it('treats malformed JSON like text', () => {
    expect(parseProblem(500, 'application/json', '{oops').detail).toBe('{oops');
  });
});

describe('request', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends JSON and rejects a 404 problem with its detail', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify({ title: 'Not Found', status: 404, detail: 'no strategy x' }), {
          status: 404,
          headers: { 'content-type': 'application/problem+json', 'x-request-id': 'r1' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const failure = request('PUT', '/strategies/x', { json: { name: 'A' } });
    await expect(failure).rejects.toMatchObject({ status: 404, detail: 'no strategy x' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/strategies/x');
    expect(init.method).toBe('PUT');
    expect(init.body).toBe('{"name":"A"}');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json' });
  });

  it('answers undefined for 204 No Content', async () => {
    vi.stubGlobal('fetch', async () => new Response(null, { status: 204 }));
    await expect(request('DELETE', '/datasets/d')).resolves.toBeUndefined();
  });

  it('compare joins ids with commas (contract: /backtests/compare?ids=a,b,c)', async () => {
    const fetchMock = vi.fn(async () => Response.json({ items: [] }));
    vi.stubGlobal('fetch', fetchMock);
    await api.compareBacktests(['a', 'b']);
    expect((fetchMock.mock.calls[0] as unknown as [string])[0]).toBe(
      '/api/v1/backtests/compare?ids=a%2Cb',
    );
  });
});
