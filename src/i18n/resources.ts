import enCommon from '../../content/locales/en/common.json';
import enOffline from '../../content/locales/en/offline.json';
import nlCommon from '../../content/locales/nl/common.json';
import nlOffline from '../../content/locales/nl/offline.json';
import { loadError as enLoadError, loading as enLoading, mode as enMode, warning as enWarning } from '../../content/locales/en/player.json';
import { loadError as nlLoadError, loading as nlLoading, mode as nlMode, warning as nlWarning } from '../../content/locales/nl/player.json';
import type playerStrings from '../../content/locales/nl/player.json';
import type debriefStrings from '../../content/locales/nl/debrief.json';
import type progressStrings from '../../content/locales/nl/progress.json';
import type trainerStrings from '../../content/locales/nl/trainer.json';
import type assignmentStrings from '../../content/locales/nl/assignment.json';
import type lmsStrings from '../../content/locales/nl/lms.json';
import type certificateStrings from '../../content/locales/nl/certificate.json';
import type verifyStrings from '../../content/locales/nl/verify.json';
import type storageStrings from '../../content/locales/nl/storage.json';
import type helpStrings from '../../content/locales/nl/help.json';
import type updateStrings from '../../content/locales/nl/update.json';
import type reviewStrings from '../../content/locales/nl/review.json';

// What the first page needs ships with it, in both languages, so switching language never waits
// for the network; each lazy screen brings its own namespaces in both languages too. A vignette's
// content warning is a first screen too (a link straight to a vignette opens on it): its strings,
// the few of player.json it uses, are the `briefing` namespace.
export const resources = {
  nl: { common: nlCommon, offline: nlOffline, briefing: { loading: nlLoading, loadError: nlLoadError, warning: nlWarning, mode: nlMode } },
  en: { common: enCommon, offline: enOffline, briefing: { loading: enLoading, loadError: enLoadError, warning: enWarning, mode: enMode } },
} as const;

export const defaultNamespace = 'common';

// Namespaces that ship with their lazy screens (see lazy-namespace.ts), not with the first page;
// listed here for their typed keys only.
export type LazyNamespaces = {
  player: typeof playerStrings;
  debrief: typeof debriefStrings;
  progress: typeof progressStrings;
  trainer: typeof trainerStrings;
  assignment: typeof assignmentStrings;
  lms: typeof lmsStrings;
  certificate: typeof certificateStrings;
  verify: typeof verifyStrings;
  storage: typeof storageStrings;
  help: typeof helpStrings;
  update: typeof updateStrings;
  review: typeof reviewStrings;
};
