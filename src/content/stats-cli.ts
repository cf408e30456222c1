import { resolve } from 'node:path';
import { formatProblem } from './content-problem';
import { statsOf, toMarkdownTable } from './content-stats';
import { loadContent } from './load-content';

// `npm run content:stats`: one row per vignette, as a Markdown table.
const { content, problems } = loadContent({ root: resolve(process.argv[2] ?? 'content') });
problems.forEach((p) => console.error(formatProblem(p)));
const rows = content.scenarios.map(statsOf);
console.log(toMarkdownTable(rows));
const total = (key: 'scenes' | 'signals' | 'distractors' | 'decisions' | 'minutes') => rows.reduce((n, r) => n + r[key], 0);
console.log(
  `\n${rows.length} vignettes · ${total('scenes')} scenes · ${total('signals')} signals · ${total('distractors')} distractors · ${total('decisions')} decisions · ${total('minutes')} minutes`,
);
process.exit(problems.length > 0 ? 1 : 0);
