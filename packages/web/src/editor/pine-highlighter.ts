/** CodeMirror view plugin: marks the visible lines with `cm-pine-<class>` from classifyPineLine. */
import { RangeSetBuilder } from '@codemirror/state';
import {
  Decoration,
  type DecorationSet,
  type EditorView,
  ViewPlugin,
  type ViewUpdate,
} from '@codemirror/view';
import { classifyPineLine, type PineTokenClass } from './pine-tokens.ts';

const marks = new Map<PineTokenClass, Decoration>();
const mark = (cls: PineTokenClass): Decoration => {
  let decoration = marks.get(cls);
  if (decoration === undefined) {
    decoration = Decoration.mark({ class: `cm-pine-${cls}` });
    marks.set(cls, decoration);
  }
  return decoration;
};

function decorate(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const { doc } = view.state;
  for (const { from, to } of view.visibleRanges) {
    let line = doc.lineAt(from);
    while (true) {
      for (const span of classifyPineLine(line.text)) {
        if (span.to > span.from)
          builder.add(line.from + span.from, line.from + span.to, mark(span.cls));
      }
      if (line.to >= to || line.number === doc.lines) break;
      line = doc.line(line.number + 1);
    }
  }
  return builder.finish();
}

export const pineHighlighter = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorate(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.decorations = decorate(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
