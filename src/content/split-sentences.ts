/** A stretch of text, by character offsets (end exclusive). */
export type Span = { start: number; end: number };

// Abbreviations that end in a full stop without ending a sentence (Dutch and English), lower case
// and without their last full stop. Single letters (initials) are abbreviations too.
const ABBREVIATIONS = new Set([
  // Dutch
  'bijv', 'bv', 'o.a', 'd.w.z', 'm.a.w', 'mevr', 'mw', 'dhr', 'ca', 'enz', 'nr', 'blz', 'i.p.v', 't.a.v', 'm.b.t',
  'z.s.m', 'n.a.v', 'e.d', 'incl', 'excl', 'evt', 'jl', 'a.s', 'o.b.v', 'zgn', 'z.g', 'ong', 'resp', 'tel', 'drs', 'ir',
  // English
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'e.g', 'i.e', 'etc', 'vs', 'approx', 'a.m', 'p.m', 'jr', 'sr', 'inc', 'ltd',
]);

// Sentence-final punctuation, then closing quotes or brackets, then white space.
const END = /[.!?…]+["'”’»)\]]*(?=\s)/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;
const LEADING_NOISE = /^[\s,;:.!?…)\]}»–—-]+/u;
// Authors mark fragments without the full stop that ends their sentence ("[[id|Hij betaalt
// contant]]."); a neutral unit leaves its final punctuation out the same way, so where a unit
// ends never tells a fragment from a neutral sentence.
const TRAILING_PUNCTUATION = /\s*[.!?…:;,]+["'”’»)\]]?\s*$/u;

function isAbbreviation(text: string, dot: number) {
  const word = /[\p{L}.]+$/u.exec(text.slice(0, dot))?.[0].toLowerCase().replace(/^\.+/, '');
  if (!word) return false;
  return word.length === 1 || ABBREVIATIONS.has(word);
}

/**
 * Splits text into sentences. A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes
 * or brackets) followed by white space and a character that is not a lower-case letter, unless
 * the full stop ends a known abbreviation or an initial. Numbers such as 1.200 or 10.30 never
 * split (no white space). Returns the sentences that hold a letter or digit, trimmed of white
 * space, of leading punctuation and of their final punctuation (with a closing quote after it);
 * whatever lies between them stays plain text.
 */
export function splitSentences(text: string): Span[] {
  const cuts = [0];
  for (const match of text.matchAll(END)) {
    const end = match.index + match[0].length;
    const next = /\S/u.exec(text.slice(end));
    if (!next) continue;
    const following = next[0];
    if (following.toLowerCase() === following && following.toUpperCase() !== following) continue;
    if (/^\.(?!\.)/u.test(match[0]) && isAbbreviation(text, match.index)) continue;
    cuts.push(end);
  }
  cuts.push(text.length);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const raw = text.slice(cuts[i], cuts[i + 1]);
    const lead = LEADING_NOISE.exec(raw)?.[0].length ?? 0;
    const body = raw.slice(lead).replace(TRAILING_PUNCTUATION, '').trimEnd();
    if (!HAS_WORD.test(body)) continue;
    const start = (cuts[i] ?? 0) + lead;
    spans.push({ start, end: start + body.length });
  }
  return spans;
}
