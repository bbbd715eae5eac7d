/** Strategy library: search, tag filter, and the list of stored strategies. */
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { TagChips } from '../components/tag-chips.tsx';
import { formatIso } from '../format/format.ts';
import { Link } from '../router/link.tsx';

const SEARCH_DELAY_MS = 250;

export function StrategyListPage() {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<string | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const { data, error, loading } = useApi(
    () => api.listStrategies(query === '' ? {} : { q: query }),
    [query],
  );
  const items = data?.items ?? [];
  const tags = useMemo(() => [...new Set(items.flatMap((s) => s.tags))].sort(), [items]);
  const shown = tag === null ? items : items.filter((s) => s.tags.includes(tag));

  return (
    <section>
      <div className="page-head">
        <h1>Strategies</h1>
        <Link href="/strategies/new" className="button" data-testid="strategy-new">
          New strategy
        </Link>
      </div>
      <div className="toolbar">
        <input
          type="search"
          placeholder="Search name or description"
          aria-label="Search strategies"
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="strategy-search"
        />
        <TagChips tags={tags} selected={tag} onSelect={setTag} />
      </div>
      <ErrorMessage error={error} />
      <table className="table" data-testid="strategies-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Language</th>
            <th scope="col">Tags</th>
            <th scope="col" className="num">
              Version
            </th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s) => (
            <tr key={s.id} data-testid="strategy-row">
              <td>
                <Link href={`/strategies/${encodeURIComponent(s.id)}`}>{s.name}</Link>
                {s.description !== '' && <div className="muted small">{s.description}</div>}
              </td>
              <td>{s.language === 'pine' ? 'Pine' : 'TypeScript'}</td>
              <td>
                {s.tags.map((t) => (
                  <span key={t} className="tag">
                    {t}
                  </span>
                ))}
              </td>
              <td className="num">v{s.version}</td>
              <td>{formatIso(s.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!loading && shown.length === 0 && error === null && (
        <p className="empty">
          No strategies{query !== '' || tag !== null ? ' match' : ' yet'}.{' '}
          <Link href="/strategies/new">Write one</Link>.
        </p>
      )}
    </section>
  );
}
