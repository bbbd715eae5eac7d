/**
 * A YAML configuration file (environment references already substituted) validated by a Zod
 * object schema. Every error is one line naming the file, the line when known, and the field
 * path (`run.yaml:7: fillModel.participationRate: expected number, received string`).
 */
import { InputError } from '@barwise/core';
import { type Document, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

export function parseYamlConfig<S extends z.ZodObject>(
  text: string,
  file: string,
  schema: S,
  /** Shown when the file is not a mapping: `strategy, data, …`. */
  fieldsHint: string,
): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    const at = lineCounter.linePos(error.pos[0]);
    throw new InputError(`${file}:${at.line}:${at.col}: ${error.message.split('\n')[0]}`);
  }
  const value: unknown = doc.toJS();
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InputError(`${file}: expected a mapping of fields (${fieldsHint})`);
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  throw new InputError(describeIssue(issue!, doc, lineCounter, file, Object.keys(schema.shape)));
}

function describeIssue(
  issue: z.core.$ZodIssue,
  doc: Document,
  lineCounter: LineCounter,
  file: string,
  fields: readonly string[],
): string {
  const keys = issue.path.map(String);
  const node = doc.getIn(keys, true) as { range?: [number, number, number] } | undefined;
  const offset = node?.range?.[0];
  const where = offset === undefined ? file : `${file}:${lineCounter.linePos(offset).line}`;
  const field = keys.join('.');
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((k) => (field ? `${field}.${k}` : k));
    return `${where}: unknown field ${names.join(', ')} (fields: ${fields.join(', ')})`;
  }
  const message = issue.message.replace(/^Invalid input: /, '');
  return `${where}: ${field ? `${field}: ` : ''}${message}`;
}
