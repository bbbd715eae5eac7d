/** `POST /check`: analyse a script without storing it (kind, parameters, diagnostics). */
import { analyzeStrategy } from '../../library/analyze-strategy.ts';
import type { ApiRoutes } from '../api-app.ts';
import { problemResponses } from '../schemas/problem.ts';
import { AnalysisSchema, CheckBodySchema } from '../schemas/strategy.ts';

export function checkRoutes(): ApiRoutes {
  return (app) => {
    app.post(
      '/check',
      {
        schema: {
          tags: ['strategies'],
          summary: 'Check a script: its kind, parameters and diagnostics',
          body: CheckBodySchema,
          response: { 200: AnalysisSchema, ...problemResponses(400) },
        },
      },
      async (request) => analyzeStrategy(request.body.source, request.body.language),
    );
  };
}
