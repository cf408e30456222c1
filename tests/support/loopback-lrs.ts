import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer } from './close-server';

// Signaal's own loopback LRS and cmi5 LMS for browser tests (Node http, no framework), speaking
// xAPI 1.0.3: /about; statements PUT, POST and GET (by id, or filtered with `since`, `limit`,
// `agent`, `verb`, `activity`, `registration`, paged with `more`); the State API; Basic auth
// (401 without or with malformed credentials, 403 with wrong ones); the version header. As a
// cmi5 LMS it makes launch URLs, answers the fetch URL once with an auth token, keeps
// LMS.LaunchData, and in strict mode refuses (403) statements of a session that is over: one
// that sent `terminated`, or was abandoned because a newer session of its registration began.
//
//   const lrs = await startLoopbackLrs(4213, { strict: true });
//   lrs.url                        // 'http://127.0.0.1:4213/xapi/', the endpoint to launch with
//   lrs.xapiLaunch(app, { actor }) // an xAPI launch URL of the app
//   lrs.cmi5Launch(app, { ... })   // a cmi5 launch URL of the app (a new session)
//   lrs.statements()               // everything stored, in the order it was stored
//   lrs.requests                   // every request: method, path, statement ids, status
//   await lrs.stop();

export type Json = Record<string, unknown>;
export type StoredStatement = Json & { id: string; stored: string; verb: { id: string }; actor: Json; object: { id: string }; context?: Json };

export type LoopbackLrsOptions = {
  /** The Basic credentials plain xAPI launches use (`user:password`). */
  credentials?: string;
  /** Refuse statements of a closed cmi5 session (cmi5 section 9.3 and 10). */
  strict?: boolean;
};

export type Cmi5LaunchOptions = {
  actor: { homePage: string; name: string };
  registration?: string;
  activityId?: string;
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  returnURL?: string;
};

export type LoggedRequest = { method: string; path: string; ids: string[]; status: number };

const VERSION = '1.0.3';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const json = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', 'X-Experience-API-Version': VERSION, ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
};
const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
const sameStatement = (a: Json, b: Json) => {
  const strip = ({ stored: _s, authority: _a, ...rest }: Json) => JSON.stringify(rest);
  return strip(a) === strip(b);
};

/** Starts the loopback LRS/LMS on 127.0.0.1:port; resolves once it listens. */
export async function startLoopbackLrs(port: number, options: LoopbackLrsOptions = {}) {
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/xapi/`;
  const basic = `Basic ${Buffer.from(options.credentials ?? 'signaal:loopback').toString('base64')}`;
  const statements: StoredStatement[] = [];
  const states = new Map<string, string>();
  const requests: LoggedRequest[] = [];
  // cmi5 sessions: fetch URL → token (once), token → session, session → open or closed.
  const fetches = new Map<string, { token: string; used: boolean }>();
  const tokens = new Map<string, string>();
  const closed = new Set<string>();
  const latestSession = new Map<string, string>();
  const flags = { down: false };

  const stateKey = (q: URLSearchParams) => ['activityId', 'agent', 'registration', 'stateId'].map((k) => q.get(k) ?? '').join('\u0000');
  const sessionOf = (s: Json) => ((s.context as Json | undefined)?.extensions as Json | undefined)?.[SESSION_ID] as string | undefined;

  function authorize(req: IncomingMessage): 200 | 401 | 403 {
    const header = req.headers.authorization;
    if (!header || !/^Basic [A-Za-z0-9+/=]+$/.test(header)) return 401;
    if (header === basic) return 200;
    const token = header.slice('Basic '.length);
    const session = tokens.get(token);
    return session && !closed.has(session) ? 200 : 403;
  }

  /** Stores statements in order, all or none; returns the status and the ids. */
  function store(batch: Json[]): { status: number; ids: string[] } {
    const ids = batch.map((s) => (typeof s.id === 'string' ? s.id : randomUUID()));
    if (new Set(ids).size !== ids.length) return { status: 400, ids };
    const fresh: StoredStatement[] = [];
    for (const [i, statement] of batch.entries()) {
      if (typeof statement.actor !== 'object' || typeof statement.verb !== 'object' || typeof statement.object !== 'object') return { status: 400, ids };
      const existing = statements.find((s) => s.id === ids[i]);
      if (existing) {
        if (!sameStatement(existing, { ...statement, id: ids[i] })) return { status: 409, ids };
        continue;
      }
      const session = sessionOf(statement);
      if (options.strict && session && closed.has(session)) return { status: 403, ids };
      fresh.push({ ...(statement as StoredStatement), id: ids[i]!, stored: new Date().toISOString() });
    }
    for (const statement of fresh) {
      statements.push(statement);
      const session = sessionOf(statement);
      if (session && statement.verb.id === 'http://adlnet.gov/expapi/verbs/terminated') closed.add(session);
    }
    return { status: 200, ids };
  }

  function query(q: URLSearchParams) {
    const agent = q.get('agent');
    const filtered = statements.filter(
      (s) =>
        (!q.get('since') || s.stored > q.get('since')!) &&
        (!q.get('verb') || s.verb.id === q.get('verb')) &&
        (!q.get('activity') || s.object.id === q.get('activity')) &&
        (!q.get('registration') || (s.context as Json | undefined)?.registration === q.get('registration')) &&
        (!agent || JSON.stringify((JSON.parse(agent) as Json).account) === JSON.stringify(s.actor.account)),
    );
    const limit = Math.max(1, Math.min(Number(q.get('limit') ?? 50) || 50, 500));
    const from = Number(q.get('cursor') ?? 0) || 0;
    const page = filtered.slice(from, from + limit);
    const next = new URLSearchParams(q);
    next.set('cursor', String(from + limit));
    return { statements: page, more: from + limit < filtered.length ? `/xapi/statements?${next}` : '' };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<{ status: number; ids: string[] }> {
    const address = new URL(req.url ?? '/', origin);
    const q = address.searchParams;
    const path = address.pathname;
    // Browsers ask first before a cross-origin request with credentials or JSON.
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Experience-API-Version');
    res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE, OPTIONS');
    res.setHeader('Access-Control-Expose-Headers', 'X-Experience-API-Version, X-Experience-API-Consistent-Through');
    if (req.method === 'OPTIONS') return json(res, 204), { status: 204, ids: [] };
    if (flags.down) return res.destroy(), { status: 0, ids: [] };
    if (path === '/return') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="en"><title>LMS</title><main><h1>Back in the LMS</h1></main></html>');
      return { status: 200, ids: [] };
    }
    if (path.startsWith('/cmi5/fetch/') && req.method === 'POST') {
      const fetch = fetches.get(path);
      if (!fetch) return json(res, 404), { status: 404, ids: [] };
      if (fetch.used) return json(res, 200, { 'error-code': '1', 'error-text': 'already used' }), { status: 200, ids: [] };
      fetch.used = true;
      return json(res, 200, { 'auth-token': fetch.token }), { status: 200, ids: [] };
    }
    if (path === '/xapi/about') return json(res, 200, { version: [VERSION] }), { status: 200, ids: [] };
    if (!path.startsWith('/xapi/')) return json(res, 404), { status: 404, ids: [] };
    if (!req.headers['x-experience-api-version']) return json(res, 400, { message: 'X-Experience-API-Version header missing' }), { status: 400, ids: [] };
    const allowed = authorize(req);
    if (allowed !== 200) return json(res, allowed, undefined, allowed === 401 ? { 'WWW-Authenticate': 'Basic realm="LRS"' } : {}), { status: allowed, ids: [] };

    const body = req.method === 'PUT' || req.method === 'POST' ? await readBody(req) : '';
    if (path === '/xapi/statements') {
      if (req.method === 'GET') {
        const id = q.get('statementId');
        if (id) {
          const found = statements.find((s) => s.id === id);
          return json(res, found ? 200 : 404, found), { status: found ? 200 : 404, ids: [id] };
        }
        return json(res, 200, query(q), { 'X-Experience-API-Consistent-Through': new Date().toISOString() }), { status: 200, ids: [] };
      }
      const parsed = JSON.parse(body) as Json | Json[];
      if (req.method === 'PUT') {
        const id = q.get('statementId');
        if (!id || Array.isArray(parsed) || (parsed.id !== undefined && parsed.id !== id)) return json(res, 400), { status: 400, ids: [] };
        const result = store([{ ...parsed, id }]);
        return json(res, result.status === 200 ? 204 : result.status), { status: result.status === 200 ? 204 : result.status, ids: result.ids };
      }
      if (req.method === 'POST') {
        const result = store(Array.isArray(parsed) ? parsed : [parsed]);
        return json(res, result.status, result.status === 200 ? result.ids : undefined), result;
      }
    }
    if (path === '/xapi/activities/state') {
      const key = stateKey(q);
      if (req.method === 'GET') {
        const document = states.get(key);
        if (document === undefined) return json(res, 404), { status: 404, ids: [] };
        res.writeHead(200, { 'Content-Type': 'application/json', 'X-Experience-API-Version': VERSION });
        res.end(document);
        return { status: 200, ids: [] };
      }
      if (req.method === 'PUT' || req.method === 'POST') return states.set(key, body), json(res, 204), { status: 204, ids: [] };
      if (req.method === 'DELETE') return states.delete(key), json(res, 204), { status: 204, ids: [] };
    }
    if (path === '/xapi/agents/profile') return json(res, 404), { status: 404, ids: [] };
    return json(res, 405), { status: 405, ids: [] };
  }

  const server = createServer((req, res) => {
    handle(req, res)
      .then(({ status, ids }) => {
        if (req.method !== 'OPTIONS') requests.push({ method: req.method ?? '', path: new URL(req.url ?? '/', origin).pathname, ids, status });
      })
      .catch(() => {
        if (!res.headersSent) json(res, 400);
        requests.push({ method: req.method ?? '', path: req.url ?? '', ids: [], status: 400 });
      });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  const agentOf = (actor: Cmi5LaunchOptions['actor']) => ({ objectType: 'Agent', account: actor });
  return {
    origin,
    url,
    /** The Basic credentials of plain xAPI launches, as the `auth` parameter carries them. */
    auth: basic,
    /** An xAPI launch URL of the app at `app` (its address without query or hash). */
    xapiLaunch(app: string, params: { actor: unknown; registration?: string; activity_id?: string; endpoint?: string; auth?: string }) {
      const search = new URLSearchParams({ endpoint: params.endpoint ?? url, auth: params.auth ?? basic, actor: JSON.stringify(params.actor) });
      if (params.registration) search.set('registration', params.registration);
      if (params.activity_id) search.set('activity_id', params.activity_id);
      return `${app}?${search}`;
    },
    /**
     * Begins a cmi5 session as an LMS does when the learner opens the AU: stores LMS.LaunchData,
     * makes a one-time fetch URL, abandons the registration's previous session, and returns the
     * AU's launch URL and the session id.
     */
    cmi5Launch(app: string, launch: Cmi5LaunchOptions) {
      const registration = launch.registration ?? randomUUID();
      const activityId = launch.activityId ?? 'https://example.org/courses/signaal/au';
      const session = randomUUID();
      const previous = latestSession.get(registration);
      if (previous) closed.add(previous);
      latestSession.set(registration, session);
      const token = Buffer.from(`session:${session}`).toString('base64');
      tokens.set(token, session);
      const fetchPath = `/cmi5/fetch/${session}`;
      fetches.set(fetchPath, { token, used: false });
      const key = [activityId, JSON.stringify(agentOf(launch.actor)), registration, 'LMS.LaunchData'].join('\u0000');
      states.set(
        key,
        JSON.stringify({
          contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: activityId }] }, extensions: { [SESSION_ID]: session } },
          launchMode: launch.launchMode ?? 'Normal',
          moveOn: launch.masteryScore === undefined ? 'Completed' : 'CompletedAndPassed',
          ...(launch.masteryScore === undefined ? {} : { masteryScore: launch.masteryScore }),
          ...(launch.returnURL ? { returnURL: launch.returnURL } : {}),
        }),
      );
      const search = new URLSearchParams({ endpoint: url, fetch: `${origin}${fetchPath}`, actor: JSON.stringify(agentOf(launch.actor)), registration, activityId });
      return { url: `${app}?${search}`, session, registration };
    },
    /** Every statement stored, in order. */
    statements: () => [...statements],
    /** The verbs of the stored statements (last part of the verb id), in order. */
    verbs: () => statements.map((s) => s.verb.id.split('/').pop()),
    /** A state document as stored, parsed; undefined when there is none. */
    state(activityId: string, agent: unknown, stateId: string, registration = ''): unknown {
      const document = states.get([activityId, JSON.stringify(agent), registration, stateId].join('\u0000'));
      return document === undefined ? undefined : (JSON.parse(document) as unknown);
    },
    requests,
    /** Makes the LRS unreachable (connections are dropped) or reachable again. */
    setDown: (down: boolean) => void (flags.down = down),
    stop: () => closeServer(server),
  };
}

export type LoopbackLrs = Awaited<ReturnType<typeof startLoopbackLrs>>;
