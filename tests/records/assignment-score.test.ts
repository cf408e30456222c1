import { describe, expect, it } from 'vitest';
import { scoreAssignment } from '../../src/records';
import { scoreAttempt } from '../../src/engine';
import { playAttempt } from '../support/attempts';
import { scenarioById } from '../support/scenario-text';

const hotel = scenarioById('hotel-room-214');
const school = scenarioById('school-bank-card');
const scenarios = new Map([hotel, school].map((s) => [s.id, s]));
const perfect = (s: typeof hotel) =>
  playAttempt(s, (i) => s.scenes.flatMap((x) => x.fragments)[i]?.kind === 'signal', (nth) => {
    const decisions = s.scenes.filter((x) => x.type === 'decide');
    const scene = decisions[nth];
    return scene?.type === 'decide' ? scene.options.findIndex((o) => o.quality === 'recommended') : 0;
  });
const nothing = (s: typeof hotel) => playAttempt(s, () => false, () => 0);

describe('scoring a learner on an assignment', () => {
  const assignment = { scenarios: [hotel.id, school.id], passMark: 75 };

  it('is unfinished, without an overall score, until every vignette is done', () => {
    const score = scoreAssignment(assignment, [perfect(hotel)], scenarios);
    expect(score).toMatchObject({ done: 1, finished: false, overall: null, passed: false });
  });

  it('averages the latest attempt at each vignette, with the assignment pass mark', () => {
    const attempts = [nothing(hotel), perfect(school), perfect(hotel)];
    const score = scoreAssignment(assignment, attempts, scenarios);
    expect(score.vignettes.map((v) => v.tries)).toEqual([2, 1]);
    expect(score.vignettes[0]?.score?.passMark).toBe(75);
    expect(score).toMatchObject({ finished: true, overall: 100, passed: true });
  });

  it('fails below the pass mark and never scores an attempt on another content version', () => {
    const low = scoreAssignment(assignment, [nothing(hotel), perfect(school)], scenarios);
    const expected = Math.round((scoreAttempt(hotel, nothing(hotel)).overall + 100) / 2);
    expect(low).toMatchObject({ finished: true, overall: expected, passed: expected >= 75 });
    const old = scoreAssignment(assignment, [{ ...perfect(hotel), contentVersion: 99 }, perfect(school)], scenarios);
    expect(old).toMatchObject({ done: 1, finished: false, overall: null });
  });
});
