import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../../src/engine';
import { FALSE_ALARMS_SHOWN, summarizeCohort } from '../../../src/features/trainer/cohort';
import { missingLearners } from '../../../src/features/trainer/learner-rows';
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
const result = (learner: string, attempts: AttemptRecord[], flag: ImportedResult['flag'] = null, savedAt?: string, importedAt = '2026-03-01T12:00:00.000Z'): ImportedResult => ({
  id: crypto.randomUUID(),
  source: `${learner}.json`,
  via: 'file',
  learner,
  attempts,
  flag,
  importedAt,
  ...(savedAt ? { savedAt } : {}),
});
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

  it('gives one row per learner: the same name however typed, the latest attempt per vignette counting', () => {
    const rows = summarizeCohort(
      assignment,
      [
        result('Ada', [perfect], null, '2026-02-01T09:00:00.000Z'),
        result('Bob', [perfect], null, '2026-02-03T09:00:00.000Z'),
        // Ada's later code, with a worse attempt: it counts, as the latest.
        result(' ada ', [missesAll], null, undefined, '2026-02-05T09:00:00.000Z'),
        // Bob's older file, read in later: his newer result still counts.
        result('BOB', [missesAll], null, '2026-02-02T09:00:00.000Z'),
      ],
      scenarios,
    );
    expect(rows.learners.map((l) => [l.learner, l.results.length, l.score.passed])).toEqual([
      ['ada', 2, false],
      ['Bob', 2, true],
    ]);
    expect(rows).toMatchObject({ finished: 2, passed: 1 });
    // An attempt repeated in a newer file counts once.
    const again = summarizeCohort(assignment, [result('Ada', [missesAll], null, '2026-01-01T00:00:00.000Z'), result('Ada', [missesAll, perfect], null, '2026-01-02T00:00:00.000Z')], scenarios);
    expect(again.learners[0]?.attempts).toEqual([missesAll, perfect]);
    expect(again.learners[0]?.score.vignettes[0]?.tries).toBe(2);
  });

  it('names the expected learners who sent nothing', () => {
    const rows = summarizeCohort(assignment, [result('Ada', [perfect]), result('Éva Nagy', [perfect])], scenarios);
    expect(missingLearners(['ada', 'Bob', 'Éva  nagy', 'Cem'], rows.learners)).toEqual(['Bob', 'Cem']);
  });

  it('is empty, not broken, without counted results', () => {
    expect(summarizeCohort(assignment, [], scenarios)).toEqual({ learners: [], finished: 0, passed: 0, indicators: [], decisions: [], falseAlarms: [] });
  });
});
