import type { Locale } from '../engine';

/** What an LMS package was built with: its vignettes, pass mark and starting language. */
export type PackageConfig = {
  scenarios: string[];
  /** Null for a course without a pass mark: it reports `completed`, never passed or failed. */
  passMark: number | null;
  lang: Locale;
  /** The course's xAPI / cmi5 activity id (an IRI). */
  activityId: string;
  title: string;
};

// Replaced by the package build (Vite `define`); an ordinary build leaves it undeclared.
declare const __SIGNAAL_PACKAGE__: PackageConfig | undefined;

/** The package this build was made for, or null in the ordinary (standalone) build. */
export const packageConfig: PackageConfig | null =
  typeof __SIGNAAL_PACKAGE__ === 'undefined' ? null : __SIGNAAL_PACKAGE__;
