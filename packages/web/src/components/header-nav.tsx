/** The app header: brand and the main sections; the current section is marked. */
import { Link } from '../router/link.tsx';

const SECTIONS = [
  { href: '/strategies', label: 'Strategies', match: /^\/($|strategies)/ },
  { href: '/backtests', label: 'Backtests', match: /^\/(backtests|compare)/ },
  { href: '/datasets', label: 'Datasets', match: /^\/datasets/ },
];

export function HeaderNav({ pathname }: { readonly pathname: string }) {
  return (
    <header className="header">
      <Link href="/" className="brand">
        Barwise
      </Link>
      <nav aria-label="Main">
        {SECTIONS.map((s) => (
          <Link
            key={s.href}
            href={s.href}
            className={s.match.test(pathname) ? 'nav-link active' : 'nav-link'}
            aria-current={s.match.test(pathname) ? 'page' : undefined}
          >
            {s.label}
          </Link>
        ))}
        <a className="nav-link" href="/docs" target="_blank" rel="noreferrer">
          API docs
        </a>
      </nav>
    </header>
  );
}
