import { describe, expect, it } from 'vitest';
import { parseRunConfig } from './load-run-config.ts';

const parse = (text: string) => parseRunConfig(text, 'run.yaml');

// The run-config fields are documented in run-config-schema.ts; messages name file, line and field path.
describe('parseRunConfig', () => {
  it('reads every field; a bare fill-model name becomes { name }', () => {
    expect(
      parse(`strategy: s.ts
data: GOOG:D
from: 2020-01-01
to: 1700000000
capital: 10000
params: { fast: 5, slow: 20 }
fillModel: on-close
commission: 0.1%
json: out.json
report: out.html
`),
    ).toEqual({
      strategy: 's.ts',
      data: 'GOOG:D',
      from: '2020-01-01',
      to: '1700000000',
      capital: 10000,
      params: { fast: 5, slow: 20 },
      fillModel: { name: 'on-close' },
      commission: '0.1%',
      json: 'out.json',
      report: 'out.html',
    });
  });

  it('a wrong type names the field path and its line', () => {
    expect(() =>
      parse(`strategy: s.ts
data: d.csv
fillModel:
  name: realistic
  participationRate: high
`),
    ).toThrow(/^run\.yaml:5: fillModel\.participationRate: expected number, received string$/);
  });

  it('a missing field is named', () => {
    expect(() => parse('strategy: s.ts\n')).toThrow(/^run\.yaml: data: expected string/);
  });

  it('an unknown field is named, with the known ones', () => {
    expect(() => parse('strategy: s.ts\ndata: d.csv\ncapitol: 5\n')).toThrow(
      /^run\.yaml:1: unknown field capitol \(fields: strategy, data,/,
    );
  });

  it('a negative capital is out of range', () => {
    expect(() => parse('strategy: s.ts\ndata: d.csv\ncapital: -5\n')).toThrow(
      /^run\.yaml:3: capital: Too small: expected number to be >0$/,
    );
  });

  it('a YAML syntax error names line and column', () => {
    // The parser finds the unclosed `[` where the text ends: line 3, column 1.
    expect(() => parse('strategy: s.ts\ndata: [d.csv\n')).toThrow(
      /^run\.yaml:3:1: Flow sequence in block collection must be sufficiently indented and end with a \]$/,
    );
  });

  it('a document that is not a mapping', () => {
    expect(() => parse('- a\n- b\n')).toThrow(/^run\.yaml: expected a mapping of fields/);
  });
});
