import { resolve } from 'node:path';
import { formatProblem } from './content-problem';
import { loadContent } from './load-content';
import { freeze } from './registry';

// `npm run content:freeze`: records every vignette's current version as shipped (its number in
// content/registry.yaml, its structure in content/archive/). Run it when a release goes out, after
// the last content edit; from then on a structural change needs a higher `version`.
const root = resolve(process.argv[2] ?? 'content');
const { content, problems } = loadContent({ root, requireCoverage: true });
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error('\nfix these first: only checked content can be frozen');
  process.exit(1);
}
const added = freeze(root, content.scenarios);
console.log(added.length === 0 ? 'nothing new: every version is frozen already' : `frozen: ${added.join(', ')}`);
