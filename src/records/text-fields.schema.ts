import * as z from 'zod/mini';

export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Whether a character is a C0 or C1 control character (tab, newline, escape…). */
export const isControl = (char: string) => {
  const code = char.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
};

// Control characters never belong in a title or a name, and make a printed QR page unreadable.
const hasControl = (value: string) => [...value].some(isControl);

/** A one-line text of at most `max` characters, already trimmed (signed bytes are never altered). */
export const lineText = (max: number) =>
  z.string().check(
    z.minLength(1),
    z.maxLength(max),
    z.refine((value) => value === value.trim() && !hasControl(value)),
  );

export const kebabId = () => z.string().check(z.maxLength(80), z.regex(ID));

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/** A calendar date as YYYY-MM-DD that exists (no 31 February). */
export const calendarDate = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine(isRealDate));
