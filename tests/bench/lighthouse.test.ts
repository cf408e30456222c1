import { describe, expect, it } from 'vitest';
import { medianRun, readScores, type LighthouseScores } from './lighthouse';

describe('readScores', () => {
  it('turns category scores into 0–100 and keeps the headline metrics as Lighthouse shows them', () => {
    const result = readScores({
      categories: { performance: { score: 0.974 }, accessibility: { score: 1 }, 'best-practices': { score: null } },
      audits: { 'first-contentful-paint': { displayValue: '1.2 s', numericValue: 1200 }, 'total-blocking-time': { displayValue: '30 ms' } },
    });
    expect(result.scores).toEqual({ performance: 97, accessibility: 100, 'best-practices': null });
    expect(result.metrics['first-contentful-paint']).toBe('1.2 s');
    expect(result.metrics['largest-contentful-paint']).toBe('—');
  });
});

describe('medianRun', () => {
  const run = (performance: number): LighthouseScores => ({ scores: { performance, accessibility: 100, 'best-practices': 100 }, metrics: {} });

  it('keeps the run with the middle performance score, so one disturbed run does not decide', () => {
    expect(medianRun([run(62), run(91), run(88)]).scores.performance).toBe(88);
  });

  it('takes the lower middle of an even count, to err on the side of caution', () => {
    expect(medianRun([run(90), run(80)]).scores.performance).toBe(80);
  });
});
