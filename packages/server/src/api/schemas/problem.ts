/** RFC 9457 problem details, the body of every error response of the API. */
import { z } from 'zod';

export const FieldProblemSchema = z
  .object({
    field: z.string().describe('Path of the request field at fault, dotted (`inputs.Length`)'),
    message: z.string(),
  })
  .meta({ id: 'FieldProblem' });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    requestId: z.string(),
    errors: z.array(FieldProblemSchema).optional(),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof ProblemSchema>;

/** Response schemas for the given error statuses, for a route's `schema.response`. */
export function problemResponses<S extends number>(
  ...statuses: S[]
): Record<S, typeof ProblemSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ProblemSchema])) as Record<
    S,
    typeof ProblemSchema
  >;
}
