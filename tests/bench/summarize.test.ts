import { describe, expect, it } from 'vitest';
import { formatTable, median, summarize, type PageResult } from './summarize';

describe('median', () => {
  it('takes the middle run, so one slow run on a noisy machine does not move it', () => {
    expect(median([900, 1000, 5000, 1100, 950])).toBe(1000);
  });

  it('averages the two middle runs of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses to summarise no runs at all', () => {
    expect(() => median([])).toThrow(/no runs/);
  });
});

describe('formatTable', () => {
  const page = (name: string, firstLoadJs: number | undefined, fcp: number[], interactive: number[]): PageResult => ({
    name,
    firstLoadJs,
    firstLoadCss: undefined,
    runs: { fcp, interactive, jsToInteractive: interactive.length > 0 ? [firstLoadJs ?? 0] : [] },
  });

  it('puts medians side by side with the ratio to the reference page', () => {
    const ours = summarize(page('Signaal', 110 * 1024, [800, 900, 1000], [2000, 2200, 2400]));
    const bare = summarize(page('bare React', 55 * 1024, [1800, 1800, 1800], [1100, 1100, 1100]));
    const table = formatTable([ours, bare], bare);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^Signaal\s+110\.0 KB\s+—\s+900 ms\s+2200 ms\s+110\.0 KB$/);
    expect(lines[3]).toMatch(/^ratio Signaal \/ bare React\s+2\.00×\s+0\.50×\s+2\.00×\s+2\.00×$/);
  });

  it('shows a dash for what a page does not have, such as a static page without a vignette', () => {
    const plain = summarize(page('static page', undefined, [700], []));
    expect(formatTable([plain], plain).split('\n')[1]).toMatch(/^static page\s+—\s+—\s+700 ms\s+—\s+—$/);
  });
});
