import * as z from 'zod/mini';
import { assignmentIri } from '../../integrations/lms/xapi/assignment-statements';
import { VERBS } from '../../integrations/lms/xapi/verbs';

const VERSION = { 'X-Experience-API-Version': '1.0.3' };
/** A cohort of thousands of attempts fits; a runaway `more` chain does not. */
const MAX_PAGES = 500;

const resource = (endpoint: string, path: string) => new URL(path, endpoint.endsWith('/') ? endpoint : `${endpoint}/`);

/** What the builder learned about an LRS and the credential that would go into the link. */
export type LrsProbe = 'write-only' | 'can-read' | 'refused' | 'not-an-lrs' | 'unreachable';

/**
 * Checks that an endpoint is an xAPI LRS (its about resource) and that the credential cannot read
 * statements: only then may it go into a link that every learner, and anyone they forward it to,
 * holds. A credential the LRS refuses outright (401) is refused too.
 */
export async function probeLrs(endpoint: string, auth: string, fetcher: typeof fetch = fetch): Promise<LrsProbe> {
  try {
    const about = await fetcher(resource(endpoint, 'about'), { headers: VERSION });
    const body: unknown = about.ok ? await about.json() : undefined;
    if (!z.looseObject({ version: z.array(z.string()) }).safeParse(body).success) return 'not-an-lrs';
    const read = await fetcher(`${resource(endpoint, 'statements')}?limit=1`, { headers: { ...VERSION, Authorization: auth } });
    if (read.ok) return 'can-read';
    if (read.status === 403) return 'write-only';
    if (read.status === 401) return 'refused';
    return 'not-an-lrs';
  } catch {
    return 'unreachable';
  }
}

const PageSchema = z.looseObject({ statements: z.array(z.unknown()), more: z.optional(z.string().check(z.maxLength(2000))) });

export type CohortStatements = { ok: true; statements: unknown[]; pages: number } | { ok: false; error: 'unauthorized' | 'unreachable' | 'not-an-lrs' | 'too-many' };

/**
 * Loads every attempt statement of an assignment from its LRS through the statements API: its
 * grouping activity (related_activities), the `completed` verb, oldest first, following `more`
 * until the last page. The trainer's reading credential is used here and kept nowhere.
 */
export async function loadCohortStatements(endpoint: string, auth: string, assignmentId: string, fetcher: typeof fetch = fetch): Promise<CohortStatements> {
  const query = new URLSearchParams({
    activity: assignmentIri(assignmentId),
    related_activities: 'true',
    verb: VERBS.completed.id,
    ascending: 'true',
    limit: '200',
  });
  let next: URL | undefined = new URL(`${resource(endpoint, 'statements')}?${query}`);
  const statements: unknown[] = [];
  let pages = 0;
  while (next) {
    if (pages >= MAX_PAGES) return { ok: false, error: 'too-many' };
    let response: Response;
    try {
      response = await fetcher(next, { headers: { ...VERSION, Authorization: auth } });
    } catch {
      return { ok: false, error: 'unreachable' };
    }
    if (response.status === 401 || response.status === 403) return { ok: false, error: 'unauthorized' };
    let page: z.infer<typeof PageSchema> | undefined;
    try {
      const parsed = PageSchema.safeParse(response.ok ? await response.json() : undefined);
      page = parsed.success ? parsed.data : undefined;
    } catch {
      page = undefined;
    }
    if (!page) return { ok: false, error: 'not-an-lrs' };
    statements.push(...page.statements);
    pages += 1;
    // `more` is relative to the LRS's own address (xAPI 1.0.3, 2.1.3); it never leaves that host.
    const more: URL | undefined = page.more ? new URL(page.more, next) : undefined;
    next = more && more.origin === next.origin ? more : undefined;
  }
  return { ok: true, statements, pages };
}

/** A Basic Authorization header from a key and secret as an LRS hands them out (UTF-8). */
export function basicAuth(key: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${key}:${secret}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}
