/** Strategy editor: name, tags, Pine source with live diagnostics, save, versions, and the run form. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Strategy } from '../api/types.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { RunForm } from '../components/run-form.tsx';
import { StrategyBacktests } from '../components/strategy-backtests.tsx';
import { VersionList } from '../components/version-list.tsx';
import { PineEditor } from '../editor/pine-editor.tsx';
import { navigate } from '../router/navigation.ts';

/** A small working strategy, so a new one runs before the first edit. */
const TEMPLATE = `//@version=6
strategy("Moving average cross", overlay = true)
fastLength = input.int(10, "Fast length", minval = 1)
slowLength = input.int(30, "Slow length", minval = 1)
fast = ta.sma(close, fastLength)
slow = ta.sma(close, slowLength)
if ta.crossover(fast, slow)
    strategy.entry("Long", strategy.long)
if ta.crossunder(fast, slow)
    strategy.close("Long")
plot(fast, "Fast", color = color.blue)
plot(slow, "Slow", color = color.orange)
`;

interface Draft {
  readonly name: string;
  readonly tags: string;
  readonly source: string;
}

const draftOf = (s: Strategy): Draft => ({
  name: s.name,
  tags: s.tags.join(', '),
  source: s.source,
});

/** `"trend, ma ,, trend"` → `["trend", "ma"]`. */
const parseTags = (text: string) => [
  ...new Set(
    text
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== ''),
  ),
];

/** `id` null: a new, unsaved strategy. The page is keyed by id, so it mounts fresh per strategy. */
export function StrategyEditorPage({ id }: { readonly id: string | null }) {
  const [saved, setSaved] = useState<Strategy | null>(null);
  const [draft, setDraft] = useState<Draft | null>(
    id === null ? { name: '', tags: '', source: TEMPLATE } : null,
  );
  const [shownVersion, setShownVersion] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    if (id === null) return;
    api.getStrategy(id).then((s) => {
      setSaved(s);
      setDraft(draftOf(s));
      setShownVersion(s.version);
    }, setError);
  }, [id]);

  if (draft === null) {
    return error === null ? <p className="muted">Loading…</p> : <ErrorMessage error={error} />;
  }

  const dirty =
    saved === null ||
    draft.name !== saved.name ||
    draft.source !== saved.source ||
    parseTags(draft.tags).join(',') !== saved.tags.join(',');

  const save = async () => {
    setError(null);
    setNotice('');
    if (draft.name.trim() === '') {
      setError(new Error('Name: give the strategy a name before saving.'));
      return;
    }
    setSaving(true);
    const body = { name: draft.name.trim(), source: draft.source, tags: parseTags(draft.tags) };
    try {
      if (saved === null) {
        const created = await api.createStrategy({ ...body, language: 'pine' });
        navigate(`/strategies/${encodeURIComponent(created.id)}`, { replace: true });
        return;
      }
      const updated = await api.updateStrategy(saved.id, body);
      setSaved(updated);
      setDraft(draftOf(updated));
      setShownVersion(updated.version);
      setNotice(`Saved as version ${updated.version}.`);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  const openVersion = (s: Strategy) => {
    setDraft((old) => ({ ...(old ?? draftOf(s)), source: s.source }));
    setShownVersion(s.version);
    setNotice(
      saved !== null && s.version !== saved.version
        ? `Showing version ${s.version}; saving makes it the newest version.`
        : '',
    );
  };

  const errors = saved?.diagnostics.filter((d) => d.severity === 'error').length ?? 0;

  return (
    <section>
      <div className="page-head">
        <h1>{saved === null ? 'New strategy' : saved.name}</h1>
        {saved !== null && (
          <span className="muted">
            v{saved.version} · {saved.kind ?? 'script'}
          </span>
        )}
      </div>
      <div className="editor-layout">
        <div className="editor-main">
          <div className="grid">
            <div className="field">
              <label htmlFor="strategy-name">Name</label>
              <input
                id="strategy-name"
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
                data-testid="strategy-name"
                required
              />
            </div>
            <div className="field">
              <label htmlFor="strategy-tags">Tags (comma separated)</label>
              <input
                id="strategy-tags"
                value={draft.tags}
                onChange={(e) => setDraft({ ...draft, tags: e.target.value })}
                data-testid="strategy-tags"
              />
            </div>
          </div>
          <PineEditor
            value={draft.source}
            language={saved?.language ?? 'pine'}
            onChange={(source) => setDraft((old) => (old === null ? old : { ...old, source }))}
          />
          <div className="actions">
            <button
              type="button"
              onClick={() => void save()}
              disabled={saving}
              data-testid="strategy-save"
            >
              {saving ? 'Saving…' : 'Save'}
            </button>
            {dirty && saved !== null && <span className="muted">Unsaved changes</span>}
            {notice !== '' && <span className="ok">{notice}</span>}
            {saved !== null && errors > 0 && (
              <span className="warn" data-testid="strategy-diagnostics">
                The saved version has {errors} error{errors === 1 ? '' : 's'}.
              </span>
            )}
          </div>
          <ErrorMessage error={error} testId="strategy-error" />
        </div>
        {saved !== null && (
          <VersionList
            strategyId={saved.id}
            latest={saved.version}
            shown={shownVersion}
            onOpen={openVersion}
            onError={setError}
          />
        )}
      </div>
      {saved !== null && (
        <>
          <RunForm strategy={saved} />
          <StrategyBacktests strategyId={saved.id} />
        </>
      )}
    </section>
  );
}
