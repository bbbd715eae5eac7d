/**
 * JavaScript names for Pine names. User identifiers reach the generated code only through these
 * prefixes, so a Pine name can never collide with a JavaScript keyword, a runtime helper or an
 * object's prototype (`constructor`, `__proto__`): Pine identifiers are `[A-Za-z_][A-Za-z0-9_]*`,
 * and every generated name starts with a prefix that ends in `_`.
 */

const PINE_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function checked(name: string): string {
  // The lexer only produces such names; this guards the generator against a future change there.
  if (!PINE_IDENTIFIER.test(name))
    throw new Error(`not a Pine identifier: ${JSON.stringify(name)}`);
  return name;
}

/** A variable, parameter or loop counter; `id` makes names of different declarations distinct. */
export const variableName = (name: string, id: number): string => `v${id}_${checked(name)}`;
/** A user function's factory (one instance per call site) and its type's class. */
export const functionFactoryName = (name: string, id: number): string => `mk${id}_${checked(name)}`;
export const typeClassName = (name: string): string => `T_${checked(name)}`;
export const enumObjectName = (name: string): string => `E_${checked(name)}`;
/** Fields of user-defined types are properties with this prefix. */
export const fieldName = (name: string): string => `f_${checked(name)}`;
