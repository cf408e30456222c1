import * as z from 'zod/mini';

// What the outbox reads back from localStorage: only jobs it could have written itself.
const agent = z.object({ objectType: z.literal('Agent'), account: z.object({ homePage: z.string(), name: z.string() }) });

const statement = z.looseObject({
  id: z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)),
  actor: z.looseObject({}),
  verb: z.looseObject({ id: z.string() }),
  object: z.looseObject({ id: z.string() }),
  timestamp: z.string(),
});

const target = z.object({ activityId: z.string(), agent, registration: z.optional(z.string()), stateId: z.string() });

const v1Job = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('statement'), endpoint: z.string(), statement }),
  z.object({ kind: z.literal('state'), endpoint: z.string(), target, document: z.unknown() }),
]);

// Version 2: each job knows the launch (session) that wrote it, and whether it already went out
// with the page's last requests, whose arrival nobody could see.
const tags = { session: z.string(), exitSent: z.optional(z.boolean()) };
const v2Job = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('statement'), endpoint: z.string(), statement, ...tags }),
  z.object({ kind: z.literal('state'), endpoint: z.string(), target, document: z.unknown(), ...tags }),
]);

/** The stored outbox: version 2, or version 1 (jobs of an unknown, earlier launch). */
export const StoredOutboxSchema = z.union([
  z.object({ version: z.literal(2), jobs: z.array(v2Job) }),
  z.pipe(
    z.object({ version: z.literal(1), jobs: z.array(v1Job) }),
    z.transform(({ jobs }) => ({ version: 2 as const, jobs: jobs.map((job) => ({ ...job, session: '' })) })),
  ),
]);
