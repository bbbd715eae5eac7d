/** `GET /logs`: a WebSocket sending each server log line (pino JSON) as one text message. */
import type {} from '@fastify/websocket';
import type { ApiRoutes } from '../api-app.ts';
import type { LogHub } from '../log-hub.ts';
import { sendProblem } from '../problem-details.ts';
import { problemResponses } from '../schemas/problem.ts';

export function logRoutes(hub: LogHub): ApiRoutes {
  return (app) => {
    // `wsHandler` (not `websocket: true`) keeps the route in the OpenAPI document and lets a plain
    // HTTP request get a problem saying what to do instead of an empty 404.
    app.route({
      method: 'GET',
      url: '/logs',
      schema: {
        tags: ['logs'],
        summary: 'Server log lines as a WebSocket stream',
        description:
          'Upgrade to a WebSocket; every log line the server writes from then on arrives as one ' +
          'JSON text message (pino format: level, time, msg, reqId?). Messages sent to the ' +
          'server are ignored. A request without the upgrade is answered 426.',
        response: problemResponses(426),
      },
      handler: async (request, reply) => {
        sendProblem(request, reply, 426, 'connect with a WebSocket (Upgrade: websocket)');
      },
      wsHandler: (socket) => {
        const unsubscribe = hub.subscribe((line) => {
          if (socket.readyState === socket.OPEN) socket.send(line);
        });
        socket.on('close', unsubscribe);
        socket.on('error', unsubscribe);
      },
    });
  };
}
