import { resolve } from 'node:path';
import { formatProblem } from './content-problem';
import { loadContent } from './load-content';

// `npm run content:check`: prints every problem as `file: path: reason`, exits 1 when any exist.
const root = resolve(process.argv[2] ?? 'content');
const { content, problems } = loadContent({ root, requireCoverage: true });
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${root}`);
  process.exit(1);
}
console.log(
  `content ok: ${content.scenarios.length} scenario(s), ${content.taxonomy.indicators.length} indicators, ${content.routes.length} routes`,
);
