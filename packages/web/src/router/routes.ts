/** The app's routes: a pathname and search string → which page, with its parameters. */

export type Route =
  | { readonly page: 'strategies' }
  | { readonly page: 'strategy-new' }
  | { readonly page: 'strategy'; readonly id: string }
  | { readonly page: 'backtests' }
  | { readonly page: 'backtest'; readonly id: string }
  | { readonly page: 'compare'; readonly ids: string[] }
  | { readonly page: 'datasets' }
  | { readonly page: 'not-found'; readonly path: string };

export function matchRoute(pathname: string, search = ''): Route {
  const parts = pathname
    .split('/')
    .filter((p) => p !== '')
    .map((p) => safeDecode(p));
  const [first, second, ...rest] = parts;
  if (rest.length === 0) {
    if (first === undefined || (first === 'strategies' && second === undefined)) {
      return { page: 'strategies' };
    }
    if (first === 'strategies' && second === 'new') return { page: 'strategy-new' };
    if (first === 'strategies' && second !== undefined) return { page: 'strategy', id: second };
    if (first === 'backtests' && second === undefined) return { page: 'backtests' };
    if (first === 'backtests' && second !== undefined) return { page: 'backtest', id: second };
    if (first === 'datasets' && second === undefined) return { page: 'datasets' };
    if (first === 'compare' && second === undefined) {
      const ids = (new URLSearchParams(search).get('ids') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      return { page: 'compare', ids };
    }
  }
  return { page: 'not-found', path: pathname };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
