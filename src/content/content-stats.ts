import type { Scenario } from '../engine';

export type ScenarioStats = {
  id: string;
  sector: string;
  form: string;
  scenes: number;
  signals: number;
  distractors: number;
  decisions: number;
  options: number;
  minutes: number;
  warning: string;
};

/** Counts what a vignette contains, for authors and for the library overview. */
export function statsOf(scenario: Scenario): ScenarioStats {
  const fragments = scenario.scenes.flatMap((s) => s.fragments);
  const decisions = scenario.scenes.filter((s) => s.type === 'decide');
  return {
    id: scenario.id,
    sector: scenario.sector,
    form: scenario.form,
    scenes: scenario.scenes.length,
    signals: fragments.filter((f) => f.kind === 'signal').length,
    distractors: fragments.filter((f) => f.kind === 'distractor').length,
    decisions: decisions.length,
    options: decisions.reduce((n, s) => n + (s.type === 'decide' ? s.options.length : 0), 0),
    minutes: scenario.minutes,
    warning: scenario.warning,
  };
}

/** Renders rows as a Markdown table. */
export function toMarkdownTable(rows: ScenarioStats[]): string {
  const first = rows[0];
  if (!first) return '(no vignettes)';
  const columns = Object.keys(first) as (keyof ScenarioStats)[];
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(columns), line(columns.map(() => '---')), ...rows.map((row) => line(columns.map((c) => row[c])))].join('\n');
}
