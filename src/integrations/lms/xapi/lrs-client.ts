import type { Agent, Statement } from './xapi.types';

/** How a request to the LRS ended: kept, worth trying again later, or refused for good. */
export type Delivery = 'delivered' | 'retry' | 'unauthorized' | 'rejected';

export type Lrs = { endpoint: string; auth: string };

export type StateTarget = { activityId: string; agent: Agent; registration?: string; stateId: string };

const VERSION_HEADER = { 'X-Experience-API-Version': '1.0.3' };

const resource = (lrs: Lrs, path: string, query: Record<string, string | undefined>) => {
  const url = new URL(path, lrs.endpoint.endsWith('/') ? lrs.endpoint : `${lrs.endpoint}/`);
  for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
};

const stateQuery = (target: StateTarget) => ({
  activityId: target.activityId,
  agent: JSON.stringify(target.agent),
  registration: target.registration,
  stateId: target.stateId,
});

function deliveryOf(status: number): Delivery {
  if (status >= 200 && status < 300) return 'delivered';
  // 409: a statement with this id is already stored, so a retry after a lost reply is done.
  if (status === 409) return 'delivered';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  return 'rejected';
}

async function send(url: string, init: RequestInit): Promise<Delivery> {
  try {
    const response = await fetch(url, init);
    return deliveryOf(response.status);
  } catch {
    return 'retry';
  }
}

const headers = (lrs: Lrs) => ({ ...VERSION_HEADER, Authorization: lrs.auth, 'Content-Type': 'application/json' });

/** Stores one statement under its own id (PUT), so sending it twice stores it once. */
export const putStatement = (lrs: Lrs, statement: Statement, keepalive = false) =>
  send(resource(lrs, 'statements', { statementId: statement.id }), {
    method: 'PUT',
    headers: headers(lrs),
    body: JSON.stringify(statement),
    keepalive,
  });

/** Stores statements in one request, in their order (all or none); used for the page's last request. */
export const postStatements = (lrs: Lrs, body: string, keepalive = false) =>
  send(resource(lrs, 'statements', {}), { method: 'POST', headers: headers(lrs), body, keepalive });

/** Whether the LRS holds a statement: true, false, or undefined when it cannot tell. */
export async function statementStored(lrs: Lrs, id: string): Promise<boolean | undefined> {
  try {
    const response = await fetch(resource(lrs, 'statements', { statementId: id }), { headers: { ...VERSION_HEADER, Authorization: lrs.auth } });
    if (response.status === 200) return true;
    return response.status === 404 ? false : undefined;
  } catch {
    return undefined;
  }
}

/** Replaces a state document (the State API). */
export const putState = (lrs: Lrs, target: StateTarget, document: unknown, keepalive = false) =>
  send(resource(lrs, 'activities/state', stateQuery(target)), {
    method: 'PUT',
    headers: headers(lrs),
    body: JSON.stringify(document),
    keepalive,
  });

/** Reads a state document; undefined when there is none or it cannot be read. */
export async function getState(lrs: Lrs, target: StateTarget): Promise<unknown> {
  try {
    const response = await fetch(resource(lrs, 'activities/state', stateQuery(target)), { headers: { ...VERSION_HEADER, Authorization: lrs.auth } });
    if (!response.ok) return undefined;
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}
