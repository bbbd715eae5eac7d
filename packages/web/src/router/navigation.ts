/** History-API navigation: `navigate(url)` and a hook that re-renders on location changes. */
import { useSyncExternalStore } from 'react';

const EVENT = 'barwise:navigate';

export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(EVENT));
  window.scrollTo(0, 0);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

const snapshot = () => `${window.location.pathname}${window.location.search}`;

/** `pathname + search` of the current location. */
export function useLocation(): { pathname: string; search: string } {
  const url = useSyncExternalStore(subscribe, snapshot);
  const q = url.indexOf('?');
  return q < 0
    ? { pathname: url, search: '' }
    : { pathname: url.slice(0, q), search: url.slice(q) };
}
