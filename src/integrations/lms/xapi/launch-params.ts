import * as z from 'zod/mini';

const url = z.string().check(z.regex(/^https?:\/\/\S+$/));
const uuid = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i));
const iri = z.string().check(z.regex(/^[a-z][a-z0-9+.-]*:\S+$/i));

const account = z.object({ homePage: z.string().check(z.minLength(1)), name: z.string().check(z.minLength(1)) });

/** An actor as an LMS puts it in a launch URL; only its identifier is ever used. */
export const LaunchActorSchema = z.object({
  account: z.optional(account),
  mbox: z.optional(z.string().check(z.regex(/^mailto:\S+@\S+$/))),
  mbox_sha1sum: z.optional(z.string().check(z.regex(/^[0-9a-f]{40}$/i))),
  openid: z.optional(url),
});

export type LaunchActor = z.infer<typeof LaunchActorSchema>;

/** The launch parameters of an xAPI ("Tin Can") launch. */
export const XapiLaunchSchema = z.object({
  endpoint: url,
  auth: z.string().check(z.minLength(1)),
  actor: z.optional(LaunchActorSchema),
  registration: z.optional(uuid),
  activity_id: z.optional(iri),
});

/** The launch parameters of a cmi5 launch (section 8.1); its actor must be an account. */
export const Cmi5LaunchSchema = z.object({
  endpoint: url,
  fetch: url,
  actor: z.object({ account }),
  registration: uuid,
  activityId: iri,
});

const parseJson = (text: string | null): unknown => {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/** The named launch parameters (absent ones undefined) plus the JSON-encoded actor, for a schema to check. */
function launchValues(search: string, names: readonly string[]) {
  const params = new URLSearchParams(search);
  const values: Record<string, unknown> = Object.fromEntries(names.map((name) => [name, params.get(name) ?? undefined]));
  return { ...values, actor: parseJson(params.get('actor')) };
}

/** Reads and validates xAPI launch parameters; undefined when they are missing or invalid. */
export function readXapiLaunch(search: string) {
  const parsed = XapiLaunchSchema.safeParse(launchValues(search, ['endpoint', 'auth', 'registration', 'activity_id']));
  return parsed.success ? parsed.data : undefined;
}

/** Reads and validates cmi5 launch parameters; undefined when they are missing or invalid. */
export function readCmi5Launch(search: string) {
  const parsed = Cmi5LaunchSchema.safeParse(launchValues(search, ['endpoint', 'fetch', 'registration', 'activityId']));
  return parsed.success ? parsed.data : undefined;
}
