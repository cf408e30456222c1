import { coverageRule } from './check-coverage';
import { fragmentExplanationsRule } from './check-fragment-explanations';
import { fragmentMarkupRule } from './check-fragment-markup';
import { fragmentOrderRule } from './check-fragment-order';
import { neutralGapsRule } from './check-neutral-gaps';
import { optionLengthsRule } from './check-option-lengths';
import { referencesRule } from './check-references';
import { sceneGraphRule } from './check-scene-graph';
import { sceneTextsRule } from './check-scene-texts';
import { signalBalanceRule } from './check-signal-balance';
import { uniqueIdsRule } from './check-unique-ids';
import type { LibraryRule, VignetteRule } from './content-rule';

/** Every rule `content:check` and the build apply to each vignette (each listed in content/README.md). */
export const VIGNETTE_RULES: readonly VignetteRule[] = [
  referencesRule,
  uniqueIdsRule,
  sceneGraphRule,
  signalBalanceRule,
  sceneTextsRule,
  fragmentMarkupRule,
  fragmentOrderRule,
  neutralGapsRule,
  fragmentExplanationsRule,
  optionLengthsRule,
];

/** Every rule applied to the set of vignettes as a whole. */
export const LIBRARY_RULES: readonly LibraryRule[] = [coverageRule];

/**
 * The checks of the files other than vignettes (run by the loader as it reads them), named like
 * the rules so content/README.md can list them all.
 */
export const FILE_CHECKS = ['file-format', 'taxonomy', 'reporting-routes', 'pages', 'ui-strings', 'numbers-and-versions'] as const;
