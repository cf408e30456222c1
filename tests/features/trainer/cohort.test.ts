import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../../src/engine';
import { FALSE_ALARMS_SHOWN, summarizeCohort } from '../../../src/features/trainer/cohort';
import type { ImportedResult } from '../../../src/stores/trainer-store';
import { makeAssignment } from '../../support/assignments';
import { fragmentsOf, playAttempt } from '../../support/attempts';
import { scenarioById } from '../../support/scenario-text';

const hotel = scenarioById('hotel-room-214');
const scenarios = new Map([[hotel.id, hotel]]);
const fragments = fragmentsOf(hotel);
const decision = hotel.scenes.find((s) => s.type === 'decide');
if (decision?.type !== 'decide') throw new Error('needs a decision');
const optionOf = (quality: string) => decision.options.findIndex((o) => o.quality === quality);
const result = (learner: string, attempts: AttemptRecord[], flag: ImportedResult['flag'] = null): ImportedResult => ({ key: learner, source: `${learner}.json`, learner, attempts, flag });
const assignment = makeAssignment({ scenarios: [hotel.id], passMark: 70 });

describe('the cohort of an assignment', () => {
  const everything = playAttempt(hotel, () => true, () => optionOf('recommended'));
  const perfect = playAttempt(hotel, (i) => fragments[i]?.kind === 'signal', () => optionOf('recommended'));
  const missesAll = playAttempt(hotel, () => false, () => optionOf('harmful'));
  const cohort = summarizeCohort(
    assignment,
    [result('Ada', [perfect]), result('Bob', [missesAll]), result('Cem', [everything]), result('Dirk', [perfect], 'altered-assignment')],
    scenarios,
  );

  it('counts only results that were not set aside, and who passed', () => {
    expect(cohort.learners.map((l) => l.learner)).toEqual(['Ada', 'Bob', 'Cem']);
    expect(cohort).toMatchObject({ finished: 3, passed: 1 });
  });

  it('gives per indicator the share of learners who met it and missed it, most missed first', () => {
    for (const row of cohort.indicators) {
      const onPath = (attempt: AttemptRecord) =>
        hotel.scenes.filter((s) => attempt.path.includes(s.id)).some((s) => s.fragments.some((f) => f.kind === 'signal' && f.indicator === row.indicator));
      expect(row.seen).toBe([perfect, missesAll, everything].filter(onPath).length);
      expect(row.missed).toBe(onPath(missesAll) ? 1 : 0);
      expect(row.share).toBeCloseTo(row.missed / row.seen);
    }
    const shares = cohort.indicators.map((r) => r.share);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });

  it('counts the options chosen at each decision', () => {
    const row = cohort.decisions.find((d) => d.scene === decision.id);
    expect(row?.total).toBe(3);
    expect(row?.options.find((o) => o.quality === 'recommended')?.count).toBe(2);
    expect(row?.options.find((o) => o.quality === 'harmful')?.count).toBe(1);
  });

  it('lists the distractors flagged most, at most five per vignette', () => {
    const [row] = cohort.falseAlarms;
    expect(row?.fragments.length).toBeLessThanOrEqual(FALSE_ALARMS_SHOWN);
    expect(row?.fragments.every((f) => f.count === 1 && hotel.scenes.flatMap((s) => s.fragments).find((x) => x.id === f.fragment)?.kind === 'distractor')).toBe(true);
  });

  it('is empty, not broken, without counted results', () => {
    expect(summarizeCohort(assignment, [], scenarios)).toEqual({ learners: [], finished: 0, passed: 0, indicators: [], decisions: [], falseAlarms: [] });
  });
});
