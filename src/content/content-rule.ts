import type { Locale, Paragraph } from '../engine';
import type { ContentProblem } from './content-problem';
import type { ScenarioFile, ScenarioTextFile } from './files.schema';

// A rule is a pure function from files as read to problems: it never reads a file, never counts
// lines and never throws. The loader hands it what it could read (a file with schema errors is
// handed over repaired as far as possible, so its other problems still show), and the reporter turns
// each problem's path into a line. Adding a rule: one small `check-*.ts` file exporting a rule,
// one line in check-rules.ts, one row in content/README.md (a test holds the README to it).

/** A file as read: where it is (as the author sees it) and what it holds. */
export type FileData<T> = { file: string; data: T };

/** One language file of a vignette, with each scene body parsed into paragraphs. */
export type VignetteText = FileData<ScenarioTextFile> & { locale: Locale; bodies: ReadonlyMap<string, Paragraph[]> };

/** Everything read for one vignette folder. Languages whose file could not be read are absent. */
export type VignetteFiles = {
  folder: string;
  structure: FileData<ScenarioFile>;
  texts: readonly VignetteText[];
};

/** Ids defined elsewhere in content/ that a vignette may refer to. */
export type KnownIds = { indicators: ReadonlySet<string>; sources: ReadonlySet<string>; routes: ReadonlySet<string> };

/** The whole library, for rules across vignettes (unique numbers, coverage of sectors and forms). */
export type LibraryFiles = {
  /** The scenarios folder as the author sees it, for problems about the set as a whole. */
  scenariosDir: string;
  vignettes: readonly VignetteFiles[];
  /** Whether the set must cover every sector × form (the real library; not a fixture set). */
  requireCoverage: boolean;
};

type Rule<Input> = {
  /** Kebab-case name, listed in content/README.md with what it checks. */
  name: string;
  check: (input: Input, known: KnownIds) => ContentProblem[];
};

/** A rule about one vignette. */
export type VignetteRule = Rule<VignetteFiles>;
/** A rule about the set of vignettes. */
export type LibraryRule = Rule<LibraryFiles>;
