import { FORMS, SECTORS, type Scenario } from '../engine';
import type { ContentProblem } from './content-problem';

/** Reports every sector × form of exploitation that has no vignette. */
export function checkCoverage(scenarios: Scenario[], folder: string, problems: ContentProblem[]) {
  for (const sector of SECTORS) {
    for (const form of FORMS) {
      if (!scenarios.some((s) => s.sector === sector && s.form === form)) {
        problems.push({ file: folder, path: `${sector} × ${form}`, reason: 'no vignette for this sector and form' });
      }
    }
  }
}
