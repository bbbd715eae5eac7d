/** Symbol built-ins: syminfo.* variables and functions, session.* variables. */
export { SessionVariables } from './session-variables.ts';
export { SyminfoVariables, syminfoFunctions, tickScale } from './syminfo.ts';
