import { describe, expect, it } from 'vitest';
import { matchRoute } from './routes.ts';

describe('matchRoute (the pages listed in issue #7)', () => {
  it.each([
    ['/', { page: 'strategies' }],
    ['/strategies', { page: 'strategies' }],
    ['/strategies/', { page: 'strategies' }],
    ['/strategies/new', { page: 'strategy-new' }],
    ['/strategies/s%201', { page: 'strategy', id: 's 1' }],
    ['/backtests', { page: 'backtests' }],
    ['/backtests/b1', { page: 'backtest', id: 'b1' }],
    ['/datasets', { page: 'datasets' }],
    ['/datasets/x/y', { page: 'not-found', path: '/datasets/x/y' }],
  ])('%s', (path, route) => expect(matchRoute(path)).toEqual(route));

  it('reads compare ids from ?ids=a,b (blank entries dropped)', () => {
    expect(matchRoute('/compare', '?ids=a,%20b,,c')).toEqual({
      page: 'compare',
      ids: ['a', 'b', 'c'],
    });
  });
});
