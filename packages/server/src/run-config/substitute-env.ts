/**
 * `${VAR}` and `${VAR:default}` in a run config, replaced from the environment before the YAML is
 * parsed (so anywhere in the text, comments too). The default applies when the variable is unset
 * or empty; an unset variable without a default is bad input naming it and its line. `$${` is a
 * literal `${`.
 */
import { InputError } from '@barwise/core';

const REFERENCE = /\$(\$?)\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function substituteEnv(
  text: string,
  env: Readonly<Record<string, string | undefined>>,
  fileName: string,
): string {
  return text.replace(REFERENCE, (whole, escaped: string, body: string, offset: number) => {
    if (escaped) return whole.slice(1);
    const line = lineAt(text, offset);
    const colon = body.indexOf(':');
    const name = colon < 0 ? body : body.slice(0, colon);
    if (!NAME.test(name))
      throw new InputError(
        `${fileName}:${line}: "\${${body}}" is not a variable reference (use \${NAME} or \${NAME:default})`,
      );
    const value = env[name];
    if (colon >= 0) return value === undefined || value === '' ? body.slice(colon + 1) : value;
    if (value === undefined)
      throw new InputError(
        `${fileName}:${line}: environment variable ${name} is not set (set it, or give a default: \${${name}:value})`,
      );
    return value;
  });
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
