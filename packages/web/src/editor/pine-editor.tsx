/** The Pine source editor: CodeMirror 6 with Pine highlighting, core's live diagnostics and indentation keys. */

import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, indentUnit } from '@codemirror/language';
import { linter, lintGutter } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { pineHighlighter } from './pine-highlighter.ts';
import { pineKeymap } from './pine-keymap.ts';
import { pineLintDiagnostics } from './pine-lint.ts';

/** Diagnostics wait for a pause in typing, as TradingView's editor does. */
const LINT_DELAY_MS = 400;

interface Props {
  readonly value: string;
  /** TypeScript strategies get a plain editor: no Pine highlighting or diagnostics. */
  readonly language?: 'pine' | 'ts';
  readonly onChange: (value: string) => void;
}

export function PineEditor({ value, language = 'pine', onChange }: Props) {
  const host = useRef<HTMLDivElement | null>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  // biome-ignore lint/correctness/useExhaustiveDependencies: created once per mount; `value` is synced below
  useEffect(() => {
    if (host.current === null) return;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          drawSelection(),
          bracketMatching(),
          indentUnit.of('    '),
          history(),
          pineKeymap,
          keymap.of([...historyKeymap, ...defaultKeymap]),
          language === 'pine'
            ? [
                pineHighlighter,
                linter((v) => pineLintDiagnostics(v.state.doc.toString()), {
                  delay: LINT_DELAY_MS,
                }),
                lintGutter(),
              ]
            : [],
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': 'Pine Script source' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
  }, []);

  // A new text from outside (a loaded version) replaces the document; echoes of typing do not.
  useEffect(() => {
    const current = view.current;
    if (current === null || current.state.doc.toString() === value) return;
    current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
  }, [value]);

  return <div className="editor" ref={host} data-testid="strategy-editor" />;
}
