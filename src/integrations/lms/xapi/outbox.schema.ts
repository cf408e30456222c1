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

const job = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('statement'), endpoint: z.string(), statement }),
  z.object({
    kind: z.literal('state'),
    endpoint: z.string(),
    target: z.object({ activityId: z.string(), agent, registration: z.optional(z.string()), stateId: z.string() }),
    document: z.unknown(),
  }),
]);

/** Version 1 of the stored outbox. */
export const StoredOutboxSchema = z.object({ version: z.literal(1), jobs: z.array(job) });
