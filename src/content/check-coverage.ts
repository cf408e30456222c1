import { FORMS, SECTORS } from '../engine';
import type { ContentProblem } from './content-problem';
import type { LibraryRule } from './content-rule';

/** The real library has a vignette for every sector × form of exploitation. */
export const coverageRule: LibraryRule = {
  name: 'coverage',
  check({ scenariosDir, vignettes, requireCoverage }) {
    if (!requireCoverage) return [];
    const problems: ContentProblem[] = [];
    for (const sector of SECTORS) {
      for (const form of FORMS) {
        if (vignettes.some(({ structure: { data } }) => data.sector === sector && data.form === form)) continue;
        problems.push({ file: scenariosDir, path: [`${sector} × ${form}`], reason: 'no vignette for this sector and form' });
      }
    }
    return problems;
  },
};
