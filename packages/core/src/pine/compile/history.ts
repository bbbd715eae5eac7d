/**
 * Which declarations need a history buffer: every variable or parameter read as `x[n]`, with
 * the buffer size `max_bars_back(x, n)` asks for (TradingView's default is 5,000 bars).
 * @see https://www.tradingview.com/pine-script-docs/language/execution-model/#history-referencing-operator
 */
import type { CheckInfo } from '../check/info.ts';
import type { Identifier, Node, Script } from '../syntax/ast.ts';

export interface HistoryNeeds {
  /** Declaring identifiers of variables read with `[]`, with their max_bars_back. */
  readonly declarations: Map<Identifier, number>;
  /** Built-in variables read with `[]` other than the OHLCV columns (`bar_index[1]`, `strategy.equity[1]`). */
  readonly builtins: Set<string>;
}

export const DEFAULT_MAX_BARS_BACK = 5000;
const COLUMNS = new Set(['open', 'high', 'low', 'close', 'volume', 'time']);

/** Visits every node of the tree once (children in source order). */
export function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) walk(child, visit);
    } else if (isNode(value)) walk(value, visit);
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'kind' in value && 'start' in value;
}

export function findHistoryNeeds(script: Script, info: CheckInfo): HistoryNeeds {
  const declarations = new Map<Identifier, number>();
  const builtins = new Set<string>();
  walk(script, (node) => {
    if (node.kind === 'HistoryExpression') {
      const target = node.object;
      if (target.kind !== 'Identifier' && target.kind !== 'MemberExpression') return;
      const symbol = info.symbols.get(target);
      if (symbol?.kind === 'local' || symbol?.kind === 'parameter') {
        if (!declarations.has(symbol.declaration)) {
          declarations.set(symbol.declaration, DEFAULT_MAX_BARS_BACK);
        }
      } else if (symbol?.kind === 'builtin-variable' && !COLUMNS.has(symbol.variable.name)) {
        builtins.add(symbol.variable.name);
      }
    } else if (node.kind === 'CallExpression') {
      // max_bars_back(x, n): a larger (or smaller) buffer for x.
      const call = info.calls.get(node);
      if (call?.kind !== 'builtin' || call.overload.name !== 'max_bars_back') return;
      const [target, size] = node.arguments;
      if (target?.value.kind !== 'Identifier' || size?.value.kind !== 'NumberLiteral') return;
      const symbol = info.symbols.get(target.value);
      if (symbol?.kind === 'local' || symbol?.kind === 'parameter') {
        declarations.set(symbol.declaration, size.value.value);
      }
    }
  });
  return { declarations, builtins };
}
