/** What every decoder returns: the value, or the reason it was refused. Decoders never throw. */
export type Decoded<T, E extends string> = { ok: true; value: T } | { ok: false; error: E };

export const accept = <T>(value: T) => ({ ok: true, value }) as const;
export const refuse = <E extends string>(error: E) => ({ ok: false, error }) as const;
