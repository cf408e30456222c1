import { LOCALES, type Locale } from '../../engine';

/**
 * The first supported language in what an LMS says the learner prefers: a language tag ("nl",
 * "en-GB") or a list of them ("fy-NL, nl"), as SCORM's learner preference and cmi5's
 * languagePreference give it; undefined when none is supported.
 */
export const localeOfPreference = (preference: string | undefined): Locale | undefined =>
  preference
    ?.split(',')
    .map((tag) => tag.trim().toLowerCase())
    .map((tag) => LOCALES.find((l) => tag === l || tag.startsWith(`${l}-`)))
    .find((l) => l !== undefined);
