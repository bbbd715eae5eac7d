/** Request and response shapes of the strategy library routes (contract: StrategySummary, Strategy). */
import { z } from 'zod';
import { PARAMETER_TYPES } from '../../library/analyze-strategy.ts';

export const LanguageSchema = z.enum(['pine', 'ts']);

const ValueSchema = z.union([z.number(), z.string(), z.boolean()]);

export const ParameterSchema = z
  .object({
    title: z.string(),
    type: z.enum(PARAMETER_TYPES),
    defval: ValueSchema.nullable().describe('The default; null when the script computes it'),
    minval: z.number().optional(),
    maxval: z.number().optional(),
    step: z.number().optional(),
    options: z.array(ValueSchema).optional(),
    tooltip: z.string().optional(),
    group: z.string().optional(),
  })
  .meta({ id: 'Parameter' });

export const DiagnosticSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    message: z.string(),
    line: z.number().int().describe('1-based'),
    column: z.number().int().describe('1-based'),
    endLine: z.number().int().optional(),
    endColumn: z.number().int().optional(),
  })
  .meta({ id: 'Diagnostic' });

export const AnalysisSchema = z
  .object({
    kind: z.enum(['strategy', 'indicator', 'library']).nullable(),
    parameters: z.array(ParameterSchema),
    diagnostics: z.array(DiagnosticSchema),
  })
  .meta({ id: 'Analysis' });

const summaryShape = {
  id: z.string(),
  name: z.string(),
  language: LanguageSchema,
  description: z.string(),
  tags: z.array(z.string()),
  version: z.number().int().describe('Latest version number, from 1'),
  createdAt: z.string().describe('ISO 8601'),
  updatedAt: z.string().describe('ISO 8601'),
};

export const StrategySummarySchema = z.object(summaryShape).meta({ id: 'StrategySummary' });

export const StrategySchema = z
  .object({
    ...summaryShape,
    version: z.number().int().describe('The version shown (the latest unless one was asked for)'),
    source: z.string(),
    kind: AnalysisSchema.shape.kind,
    parameters: AnalysisSchema.shape.parameters,
    diagnostics: AnalysisSchema.shape.diagnostics,
  })
  .meta({ id: 'Strategy' });

export const StrategyListSchema = z.object({ items: z.array(StrategySummarySchema) });

export const StrategyVersionListSchema = z.object({
  items: z.array(z.object({ version: z.number().int(), createdAt: z.string() })),
});

/** Limits keep one request from storing megabytes of metadata; sources up to the body limit. */
export const NameSchema = z.string().trim().min(1).max(200);
export const DescriptionSchema = z.string().max(10_000);
export const TagSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[^,]+$/, 'a tag cannot contain a comma');
export const TagsSchema = z.array(TagSchema).max(50);
export const SourceSchema = z.string().max(1_000_000);

export const CreateStrategyBodySchema = z.strictObject({
  name: NameSchema,
  source: SourceSchema,
  language: LanguageSchema.default('pine'),
  description: DescriptionSchema.default(''),
  tags: TagsSchema.default([]),
});

export const UpdateStrategyBodySchema = z.strictObject({
  name: NameSchema.optional(),
  description: DescriptionSchema.optional(),
  tags: TagsSchema.optional(),
  source: SourceSchema.optional(),
});

export const StrategyQuerySchema = z.object({
  q: z.string().max(200).optional().describe('Substring of the name or description, any case'),
  tag: TagSchema.optional(),
});

export const StrategyParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const StrategyVersionParamsSchema = StrategyParamsSchema.extend({
  version: z.coerce.number().int().min(1),
});

export const CheckBodySchema = z.strictObject({
  source: SourceSchema,
  language: LanguageSchema.default('pine'),
});

/** The multipart form of `POST /strategies/upload` (documentation; parts are read by hand). */
export const StrategyUploadFormSchema = z.object({
  file: z.string().meta({ format: 'binary', description: 'A .pine or .ts file' }),
  name: NameSchema.optional().describe('Default: the file name without its extension'),
  tags: z.string().optional().describe('Comma-separated'),
});
