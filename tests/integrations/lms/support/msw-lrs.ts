import { http, HttpResponse } from 'msw';
import type { Statement } from '../../../../src/integrations/lms/xapi/xapi.types';
import { server } from '../../../support/msw-server';

export type Received = { statement: Statement; headers: Headers };

/**
 * An LRS at `endpoint` (msw) that stores statements (PUT, POST batches, GET by id) and state
 * documents as an xAPI 1.0.3 LRS does. `down` makes it unreachable; `status` answers every
 * statement write with that status instead (401, 403, 500 ...); `refuse` refuses statements by
 * id (403); `requests` logs every call, `writes` every write's size.
 */
export function mswLrs(endpoint: string) {
  const received: Received[] = [];
  const states = new Map<string, unknown>();
  const requests: string[] = [];
  /** Every write with its body size in bytes and whether it asked for `keepalive`. */
  const writes: { request: string; bytes: number; keepalive: boolean }[] = [];
  const state = { down: false, status: 204, refuse: new Set<string>() };
  const noteKeepalive = async (request: Request, name: string) => {
    writes.push({ request: name, bytes: (await request.clone().arrayBuffer()).byteLength, keepalive: request.keepalive });
  };
  const stateKey = (url: URL) => ['activityId', 'agent', 'registration', 'stateId'].map((k) => url.searchParams.get(k) ?? '').join('|');
  const store = (statement: Statement, headers: Headers) => {
    if (!received.some((r) => r.statement.id === statement.id)) received.push({ statement, headers });
  };
  server.use(
    http.put(`${endpoint}statements`, async ({ request }) => {
      requests.push(`PUT statements ${new URL(request.url).searchParams.get('statementId')}`);
      await noteKeepalive(request, 'PUT statements');
      if (state.down) return HttpResponse.error();
      const statement = (await request.json()) as Statement;
      if (state.refuse.has(statement.id)) return new HttpResponse(null, { status: 403 });
      if (new URL(request.url).searchParams.get('statementId') !== statement.id) return new HttpResponse(null, { status: 400 });
      if (state.status < 300) store(statement, request.headers);
      return new HttpResponse(null, { status: state.status });
    }),
    http.post(`${endpoint}statements`, async ({ request }) => {
      const batch = (await request.json()) as Statement[];
      requests.push(`POST statements ${batch.length}`);
      await noteKeepalive(request, 'POST statements');
      if (state.down) return HttpResponse.error();
      if (batch.some((s) => state.refuse.has(s.id))) return new HttpResponse(null, { status: 403 });
      if (state.status < 300) for (const statement of batch) store(statement, request.headers);
      return state.status < 300 ? HttpResponse.json(batch.map((s) => s.id)) : new HttpResponse(null, { status: state.status });
    }),
    http.get(`${endpoint}statements`, ({ request }) => {
      const id = new URL(request.url).searchParams.get('statementId');
      requests.push(`GET statements ${id}`);
      if (state.down) return HttpResponse.error();
      const found = received.find((r) => r.statement.id === id);
      return found ? HttpResponse.json(found.statement) : new HttpResponse(null, { status: 404 });
    }),
    http.get(`${endpoint}activities/state`, ({ request }) => {
      requests.push('GET state');
      if (state.down) return HttpResponse.error();
      const document = states.get(stateKey(new URL(request.url)));
      return document === undefined ? new HttpResponse(null, { status: 404 }) : HttpResponse.json(document);
    }),
    http.put(`${endpoint}activities/state`, async ({ request }) => {
      requests.push('PUT state');
      await noteKeepalive(request, 'PUT state');
      if (state.down) return HttpResponse.error();
      if (state.status >= 300) return new HttpResponse(null, { status: state.status });
      states.set(stateKey(new URL(request.url)), await request.json());
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return {
    received,
    states,
    requests,
    writes,
    state,
    statements: () => received.map((r) => r.statement),
    verbs: () => received.map((r) => r.statement.verb.id.split('/').pop()),
  };
}
