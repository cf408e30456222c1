import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const LIGHTHOUSE = 'lighthouse@12.8.2';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

type Report = {
  categories: Partial<Record<(typeof CATEGORIES)[number], { score: number | null }>>;
  audits: Record<string, { numericValue?: number; displayValue?: string }>;
};

export type LighthouseScores = {
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  metrics: Record<string, string>;
};

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/** Category scores (0–100) and the headline metrics of a Lighthouse JSON report. */
export function readScores(report: Report): LighthouseScores {
  const score = (category: (typeof CATEGORIES)[number]) => {
    const value = report.categories[category]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices') },
    metrics: Object.fromEntries(METRICS.map((id) => [id, report.audits[id]?.displayValue ?? '—'])),
  };
}

/** The run with the median performance score, as Lighthouse advises for a noisy machine. */
export function medianRun(runs: LighthouseScores[]): LighthouseScores {
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!middle) throw new Error('no Lighthouse runs');
  return middle;
}

/**
 * Runs Lighthouse (its default mobile profile: simulated slow 4G, 4× CPU) against a URL with
 * Debian's Chromium. Fetched by npx on demand: it is too heavy to be a devDependency. Asynchronous
 * on purpose: the page may be served from this very process.
 */
export async function runLighthouse(url: string, output: string): Promise<LighthouseScores> {
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    `--output-path=${output}`,
    '--chrome-path=/usr/bin/chromium',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    '--quiet',
  ];
  const child = spawn('npx', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
  const timer = setTimeout(() => child.kill('SIGTERM'), 300_000);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearTimeout(timer);
  if (code !== 0) throw new Error(`lighthouse exited with ${code ?? 'a signal'}`);
  return readScores(JSON.parse(readFileSync(output, 'utf8')) as Report);
}
