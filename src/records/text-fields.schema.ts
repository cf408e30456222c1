import * as z from 'zod/mini';
import { ID_PATTERN, UNIT_ID_PATTERN } from '../engine';
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

export const kebabId = () => z.string().check(z.maxLength(80), z.regex(ID_PATTERN));
/** A markable unit's id: a fragment id or a neutral unit id. */
export const unitId = () => z.string().check(z.maxLength(90), z.regex(UNIT_ID_PATTERN));

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/** A calendar date as YYYY-MM-DD that exists (no 31 February). */
export const calendarDate = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine(isRealDate));
