/** Which script-level variables code outside the per-bar step reads: user functions and methods. */
import type { CheckInfo } from '../check/info.ts';
import type { Identifier, Script } from '../syntax/ast.ts';
import { walk } from './history.ts';

/**
 * Declaring identifiers of the variables that function, type and enum declarations refer to.
 * Only these globals must live in the program scope, where the functions' factories see them;
 * every other non-`var` global is a `let` of the step itself, which V8 keeps in registers
 * instead of boxing each bar's number in the program's closure.
 */
export function findCapturedGlobals(script: Script, info: CheckInfo): Set<Identifier> {
  const captured = new Set<Identifier>();
  for (const statement of script.body) {
    if (
      statement.kind !== 'FunctionDeclaration' &&
      statement.kind !== 'TypeDeclaration' &&
      statement.kind !== 'EnumDeclaration'
    )
      continue;
    walk(statement, (node) => {
      if (node.kind !== 'Identifier') return;
      const symbol = info.symbols.get(node);
      if (symbol?.kind === 'local') captured.add(symbol.declaration);
    });
  }
  return captured;
}
