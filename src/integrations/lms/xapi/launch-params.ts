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

export type XapiLaunch = z.infer<typeof XapiLaunchSchema>;
export type Cmi5Launch = z.infer<typeof Cmi5LaunchSchema>;

/** Why a launch that names an LRS cannot be tracked; the learner is told which. */
export type Untrackable = 'invalid' | 'registration' | 'insecure';

export type LaunchRead<T> = { ok: true; launch: T } | { ok: false; reason: Untrackable };

const first = (value: unknown) => (Array.isArray(value) ? (value as unknown[])[0] : value);

/**
 * The actor in today's form. Tin Can 0.9x launches (still sent by some LMSs) give every
 * identifier as a one-element array and an account as `accountServiceHomePage`/`accountName`.
 */
export function normalizeActor(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const actor = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of ['mbox', 'mbox_sha1sum', 'openid'] as const) if (actor[key] !== undefined) out[key] = first(actor[key]);
  const acc = first(actor.account);
  if (typeof acc === 'object' && acc !== null) {
    const a = acc as Record<string, unknown>;
    out.account = { homePage: a.homePage ?? a.accountServiceHomePage, name: a.name ?? a.accountName };
  }
  return out;
}

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
  return { ...values, actor: normalizeActor(parseJson(params.get('actor'))) };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Credentials and answers go only over https; plain http only to this machine (for tests). */
export function isSecureEndpoint(address: string): boolean {
  try {
    const { protocol, hostname } = new URL(address);
    return protocol === 'https:' || (protocol === 'http:' && LOOPBACK.has(hostname));
  } catch {
    return false;
  }
}

function readLaunch<T extends { endpoint: string; fetch?: string; registration?: string }>(
  schema: z.ZodMiniType<T>,
  values: Record<string, unknown>,
): LaunchRead<T> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const badRegistration = parsed.error.issues.some((issue) => issue.path[0] === 'registration');
    return { ok: false, reason: badRegistration ? 'registration' : 'invalid' };
  }
  const addresses = [parsed.data.endpoint, ...(parsed.data.fetch ? [parsed.data.fetch] : [])];
  if (!addresses.every(isSecureEndpoint)) return { ok: false, reason: 'insecure' };
  return { ok: true, launch: parsed.data };
}

/** Reads xAPI launch parameters; undefined when the launch names no LRS (`endpoint`). */
export function readXapiLaunch(search: string): LaunchRead<XapiLaunch> | undefined {
  if (!new URLSearchParams(search).has('endpoint')) return undefined;
  return readLaunch(XapiLaunchSchema, launchValues(search, ['endpoint', 'auth', 'registration', 'activity_id']));
}

/** Reads cmi5 launch parameters; undefined when the launch is not a cmi5 one (no `fetch`). */
export function readCmi5Launch(search: string): LaunchRead<Cmi5Launch> | undefined {
  if (!new URLSearchParams(search).has('fetch')) return undefined;
  return readLaunch(Cmi5LaunchSchema, launchValues(search, ['endpoint', 'fetch', 'registration', 'activityId']));
}
