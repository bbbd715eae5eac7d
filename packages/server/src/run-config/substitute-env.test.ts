// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the cases are `${VAR}` references, not templates.
import { describe, expect, it } from 'vitest';
import { substituteEnv } from './substitute-env.ts';

// The rule (substitute-env.ts, after docker compose's `${VAR:-default}`): the default applies to
// an unset or empty variable; an unset one without a default is an error naming it and its line.
const ENV = { CASH: '25000', EMPTY: '', SYMBOL: 'GOOG' };
const sub = (text: string) => substituteEnv(text, ENV, 'run.yaml');

describe('substituteEnv', () => {
  it.each([
    ['capital: ${CASH}', 'capital: 25000'],
    ['capital: ${CASH:10000}', 'capital: 25000'],
    ['capital: ${UNSET:10000}', 'capital: 10000'],
    ['capital: ${EMPTY:10000}', 'capital: 10000'],
    ['note: "${EMPTY}"', 'note: ""'],
    ['data: ${SYMBOL}:D', 'data: GOOG:D'],
    ['data: ${DIR:./data}/${SYMBOL}.csv', 'data: ./data/GOOG.csv'],
    ['url: ${URL:http://127.0.0.1:8080}', 'url: http://127.0.0.1:8080'],
    ['literal: $${CASH}', 'literal: ${CASH}'],
    ['no reference: $CASH', 'no reference: $CASH'],
  ])('%s → %s', (text, expected) => {
    expect(sub(text)).toBe(expected);
  });

  it('an unset variable without a default names the variable and the line', () => {
    expect(() => sub('strategy: a.ts\ndata: b.csv\ncapital: ${MISSING_CASH}\n')).toThrow(
      /^run\.yaml:3: environment variable MISSING_CASH is not set/,
    );
  });

  it('a reference that is no variable name is an error', () => {
    expect(() => sub('x: ${1ABC}')).toThrow(
      /^run\.yaml:1: "\$\{1ABC\}" is not a variable reference/,
    );
  });
});
