/** Minimal editing keys for Pine (its blocks are indented by 4 spaces): Tab indents, Enter keeps the indent. */
import { EditorSelection, type EditorState } from '@codemirror/state';
import { type EditorView, keymap } from '@codemirror/view';

const INDENT = '    ';

/** Lines that open an indented block: `if`/`for`/`while`/`switch`/`else`, `type`/`enum`, `=> `. */
const OPENS_BLOCK = [/^\s*(if|else|for|while|switch|type|enum)\b/, /=>\s*$/, /=\s*(if|switch)\b/];

/** Indent for a new line after `pos`: the current line's, one level deeper after a block opener. */
export function indentAfter(state: EditorState, pos: number): string {
  const line = state.doc.lineAt(pos);
  const before = line.text.slice(0, pos - line.from);
  const current = /^[ \t]*/.exec(before)?.[0] ?? '';
  const code = before.replace(/\/\/.*$/, '');
  return OPENS_BLOCK.some((re) => re.test(code)) ? current + INDENT : current;
}

const insert = (view: EditorView, text: (pos: number) => string): boolean => {
  view.dispatch(
    view.state.changeByRange((range) => {
      const inserted = text(range.from);
      return {
        changes: { from: range.from, to: range.to, insert: inserted },
        range: EditorSelection.cursor(range.from + inserted.length),
      };
    }),
    { scrollIntoView: true, userEvent: 'input' },
  );
  return true;
};

export const pineKeymap = keymap.of([
  { key: 'Tab', run: (view) => insert(view, () => INDENT) },
  { key: 'Enter', run: (view) => insert(view, (pos) => `\n${indentAfter(view.state, pos)}`) },
]);
