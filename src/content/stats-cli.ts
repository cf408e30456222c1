import { resolve } from 'node:path';
import { formatProblem } from './content-problem';
import { statsOf, toMarkdownTable } from './content-stats';
import { loadContent } from './load-content';
import { indicatorCoverage, reusedNames } from './library-stats';

// `npm run content:stats`: one row per vignette, as a Markdown table.
const { content, problems } = loadContent({ root: resolve(process.argv[2] ?? 'content') });
problems.forEach((p) => console.error(formatProblem(p)));
const rows = content.scenarios.map(statsOf);
console.log(toMarkdownTable(rows));
const total = (key: 'scenes' | 'signals' | 'distractors' | 'decisions' | 'minutes') => rows.reduce((n, r) => n + r[key], 0);
console.log(
  `\n${rows.length} vignettes · ${total('scenes')} scenes · ${total('signals')} signals · ${total('distractors')} distractors · ${total('decisions')} decisions · ${total('minutes')} minutes`,
);
const coverage = indicatorCoverage(content.scenarios, content.taxonomy.indicators.map((i) => i.id));
console.log(
  `indicators used: ${coverage.used}/${coverage.total} · ILO ${coverage.ilo.used}/${coverage.ilo.total}` +
    (coverage.unused.length > 0 ? ` · unused: ${coverage.unused.join(', ')}` : ''),
);
const reused = reusedNames(content);
console.log(
  reused.length === 0
    ? 'first names: none used in more than one vignette'
    : `first names in more than one vignette: ${reused.map((r) => `${r.name} (${r.scenarios.join(', ')})`).join('; ')}`,
);
process.exit(problems.length > 0 ? 1 : 0);
