/** The strategy library over HTTP: list, create, upload, read (any version), update, delete. */
import path from 'node:path';
import { z } from 'zod';
import { analyzeStrategy } from '../../library/analyze-strategy.ts';
import type { StoredStrategy, StrategyLanguage } from '../../library/strategy.ts';
import type { StrategyLibrary } from '../../library/strategy-library.ts';
import type { ApiRoutes } from '../api-app.ts';
import { FieldError, NotFoundError } from '../http-errors.ts';
import { readMultipartForm } from '../multipart-form.ts';
import { problemResponses } from '../schemas/problem.ts';
import {
  CreateStrategyBodySchema,
  NameSchema,
  StrategyListSchema,
  StrategyParamsSchema,
  StrategyQuerySchema,
  StrategySchema,
  StrategyUploadFormSchema,
  StrategyVersionListSchema,
  StrategyVersionParamsSchema,
  TagsSchema,
  UpdateStrategyBodySchema,
} from '../schemas/strategy.ts';
import { docsOnlyBody } from '../validate-docs-only-body.ts';

const EXTENSIONS: Readonly<Record<string, StrategyLanguage>> = { '.pine': 'pine', '.ts': 'ts' };

const UploadFieldsSchema = z.strictObject({
  name: NameSchema.optional(),
  tags: z
    .string()
    .max(4000)
    .optional()
    .transform((tags) => (tags ?? '').split(',').filter((t) => t.trim() !== ''))
    .pipe(TagsSchema),
});

const TAGS = ['strategies'];

export function strategyRoutes(library: StrategyLibrary): ApiRoutes {
  const found = async (id: string, version?: number) => {
    const strategy = await library.get(id, { version });
    if (!strategy)
      throw version === undefined
        ? new NotFoundError('strategy', id)
        : new NotFoundError('strategy version', `${id}@${version}`);
    return strategy;
  };

  return (app) => {
    app.get(
      '/strategies',
      {
        schema: {
          tags: TAGS,
          summary: 'List strategies, most recently updated first',
          querystring: StrategyQuerySchema,
          response: { 200: StrategyListSchema, ...problemResponses(400) },
        },
      },
      async (request) => ({ items: await library.list(request.query) }),
    );

    app.post(
      '/strategies',
      {
        schema: {
          tags: TAGS,
          summary: 'Store a new strategy (kept even with diagnostics, so drafts are not lost)',
          body: CreateStrategyBodySchema,
          response: { 201: StrategySchema, ...problemResponses(400) },
        },
      },
      async (request, reply) => {
        const created = await library.create(request.body);
        return reply.code(201).send(toStrategy(created));
      },
    );

    app.post(
      '/strategies/upload',
      {
        schema: {
          tags: TAGS,
          summary: 'Store a new strategy from a .pine or .ts file',
          consumes: ['multipart/form-data'],
          body: StrategyUploadFormSchema,
          response: { 201: StrategySchema, ...problemResponses(400, 413) },
        },
        validatorCompiler: docsOnlyBody,
      },
      async (request, reply) => {
        const { file, fields } = await readMultipartForm(request);
        const extension = path.extname(file.filename).toLowerCase();
        const language = EXTENSIONS[extension];
        if (!language) throw new FieldError('file', `${file.filename} is not a .pine or .ts file`);
        const form = UploadFieldsSchema.parse(fields);
        const name = NameSchema.safeParse(form.name ?? path.basename(file.filename, extension));
        if (!name.success) throw new FieldError('name', 'give a name (the file name is empty)');
        const created = await library.create({
          name: name.data,
          language,
          source: decodeText(file.data),
          tags: form.tags,
        });
        return reply.code(201).send(toStrategy(created));
      },
    );

    app.get(
      '/strategies/:id',
      {
        schema: {
          tags: TAGS,
          summary: 'A strategy at its latest version',
          params: StrategyParamsSchema,
          response: { 200: StrategySchema, ...problemResponses(404) },
        },
      },
      async (request) => toStrategy(await found(request.params.id)),
    );

    app.get(
      '/strategies/:id/versions',
      {
        schema: {
          tags: TAGS,
          summary: "A strategy's versions, oldest first",
          params: StrategyParamsSchema,
          response: { 200: StrategyVersionListSchema, ...problemResponses(404) },
        },
      },
      async (request) => {
        const items = await library.versions(request.params.id);
        if (!items) throw new NotFoundError('strategy', request.params.id);
        return { items };
      },
    );

    app.get(
      '/strategies/:id/versions/:version',
      {
        schema: {
          tags: TAGS,
          summary: 'A strategy at one version',
          params: StrategyVersionParamsSchema,
          response: { 200: StrategySchema, ...problemResponses(400, 404) },
        },
      },
      async (request) => toStrategy(await found(request.params.id, request.params.version)),
    );

    app.put(
      '/strategies/:id',
      {
        schema: {
          tags: TAGS,
          summary: 'Change a strategy; a changed source becomes a new version',
          params: StrategyParamsSchema,
          body: UpdateStrategyBodySchema,
          response: { 200: StrategySchema, ...problemResponses(400, 404) },
        },
      },
      async (request) => {
        const updated = await library.update(request.params.id, request.body);
        if (!updated) throw new NotFoundError('strategy', request.params.id);
        return toStrategy(updated);
      },
    );

    app.delete(
      '/strategies/:id',
      {
        schema: {
          tags: TAGS,
          summary: 'Delete a strategy (its versions stay for past backtests)',
          params: StrategyParamsSchema,
          response: { 204: z.null(), ...problemResponses(404) },
        },
      },
      async (request, reply) => {
        if (!(await library.delete(request.params.id)))
          throw new NotFoundError('strategy', request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}

/** The API's Strategy: the stored one plus what the checker says about its source. */
export function toStrategy(stored: StoredStrategy): z.infer<typeof StrategySchema> {
  const analysis = analyzeStrategy(stored.source, stored.language);
  return {
    id: stored.id,
    name: stored.name,
    language: stored.language,
    description: stored.description,
    tags: stored.tags,
    version: stored.version,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    source: stored.source,
    kind: analysis.kind,
    parameters: analysis.parameters,
    diagnostics: analysis.diagnostics,
  };
}

function decodeText(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    throw new FieldError('file', 'is not UTF-8 text');
  }
}
