import { describe, expect, it } from 'vitest';
import { assignmentDigest, compactAttempt, encodeResultCode, writeResultFile } from '../../../src/records';
import { asSceneId, type AttemptRecord } from '../../../src/engine';
import { checkResultCode, checkResultFile, markDuplicates } from '../../../src/features/trainer/check-import';
import { summarizeCohort } from '../../../src/features/trainer/cohort';
import type { MadeAssignment } from '../../../src/stores/trainer-store';
import { makeAssignment, signAssignment } from '../../support/assignments';
import { playAttempt } from '../../support/attempts';
import { scenarioById, scenarioCodes } from '../../support/scenario-text';

const hotel = scenarioById('hotel-room-214');
const scenarios = new Map([[hotel.id, hotel]]);
const signals = (i: number) => hotel.scenes.flatMap((s) => s.fragments)[i]?.kind === 'signal';
const recommendedAt = (nth: number) => {
  const scene = hotel.scenes.filter((s) => s.type === 'decide')[nth];
  return scene?.type === 'decide' ? scene.options.findIndex((o) => o.quality === 'recommended') : 0;
};
const good = playAttempt(hotel, signals, recommendedAt);
const harmfulAt = (nth: number) => {
  const scene = hotel.scenes.filter((s) => s.type === 'decide')[nth];
  return scene?.type === 'decide' ? scene.options.findIndex((o) => o.quality === 'harmful') : 0;
};
const poor = playAttempt(hotel, (i) => !signals(i), harmfulAt);

async function made(passMark = 70): Promise<MadeAssignment> {
  const signed = await signAssignment(makeAssignment({ passMark }));
  return { code: signed.code, signed, createdAt: '2026-01-01T00:00:00.000Z' };
}

const file = (name: string, learner: string, signed: MadeAssignment['signed'], attempts: AttemptRecord[], edit?: (json: Record<string, unknown>) => void) => {
  const json = JSON.parse(writeResultFile({ learner, savedAt: '2026-03-01T10:00:00.000Z', signed, attempts })) as Record<string, unknown>;
  edit?.(json);
  return new File([JSON.stringify(json)], name, { type: 'application/json' });
};

// WebCrypto, the scenario machine and many property runs: slow on a busy machine, never stuck.
describe('importing result files', { timeout: 60_000 }, () => {
  it('counts a matching file and recomputes its score; a file with a score written into it is refused', async () => {
    const mine = await made();
    const result = await checkResultFile(file('a.json', 'Ada', mine.signed, [good]), mine, scenarios);
    expect(result).toMatchObject({ flag: null, learner: 'Ada', attempts: [good] });
    const claimed = await checkResultFile(file('b.json', 'Bob', mine.signed, [poor], (json) => (json.score = 100)), mine, scenarios);
    expect(claimed).toMatchObject({ flag: 'unreadable', detail: 'invalid' });
    const cohort = summarizeCohort(mine.signed.assignment, [result, await checkResultFile(file('b.json', 'Bob', mine.signed, [poor]), mine, scenarios)], scenarios);
    expect(cohort.learners.map((l) => [l.learner, l.score.passed])).toEqual([['Ada', true], ['Bob', false]]);
  });

  it('sets aside another assignment, an altered one, impossible answers and unreadable files, with the reason', async () => {
    const mine = await made();
    const other = await made();
    const cases: [File, string][] = [
      [file('other.json', 'Ada', other.signed, [good]), 'other-assignment'],
      [file('edited.json', 'Ada', mine.signed, [good], (json) => ((json.assignment as { payload: string }).payload = mine.signed.payload.replace('"p":70', '"p":10'))), 'altered-assignment'],
      [file('skipped.json', 'Ada', mine.signed, [{ ...good, path: good.path.slice(1) }]), 'impossible-answers'],
      [file('extra.json', 'Ada', mine.signed, [{ ...good, path: [...good.path, asSceneId('monday-check-in')] }]), 'impossible-answers'],
      [file('old.json', 'Ada', mine.signed, [{ ...good, contentVersion: 99 }]), 'old-content'],
      [new File(['{"format":"signaal-result","version":1'], 'cut.json'), 'unreadable'],
      [new File([new Uint8Array(600 * 1024)], 'huge.json'), 'unreadable'],
    ];
    for (const [input, flag] of cases) {
      expect((await checkResultFile(input, mine, scenarios)).flag, input.name).toBe(flag);
    }
  });

  it('a re-signed copy with another key and the same id is an altered assignment', async () => {
    const mine = await made();
    const { getOrCreateTrainerKey, memoryKeyStore } = await import('../../../src/integrations/signing');
    const forged = await signAssignment({ ...mine.signed.assignment, passMark: 10 }, await getOrCreateTrainerKey(memoryKeyStore()));
    expect((await checkResultFile(file('forged.json', 'Ada', forged, [good]), mine, scenarios)).flag).toBe('altered-assignment');
  });

  it('counts a matching result code, and sets aside one for another assignment', async () => {
    const mine = await made();
    const code = encodeResultCode({ assignmentId: mine.signed.assignment.id, assignmentDigest: await assignmentDigest(mine.signed), learner: 'Cas', attempts: [compactAttempt(hotel, good)] }, scenarioCodes);
    const counted = await checkResultCode('code 1', code, mine, scenarios);
    expect(counted).toMatchObject({ flag: null, learner: 'Cas' });
    expect(counted.attempts[0]).toMatchObject({ path: good.path, choices: good.choices });
    const other = await made();
    expect((await checkResultCode('code 2', code, other, scenarios)).flag).toBe('other-assignment');
    expect((await checkResultCode('code 3', 'kapot', mine, scenarios)).flag).toBe('unreadable');
  });

  it('marks the same counted result imported twice as a duplicate, but keeps other reasons', async () => {
    const mine = await made();
    const a = await checkResultFile(file('a.json', 'Ada', mine.signed, [good]), mine, scenarios);
    const again = await checkResultFile(file('a (1).json', 'Ada', mine.signed, [good]), mine, scenarios);
    const other = await checkResultFile(file('o.json', 'Ada', (await made()).signed, [good]), mine, scenarios);
    expect(markDuplicates([], [a, again, other]).map((r) => r.flag)).toEqual([null, 'duplicate', 'other-assignment']);
    expect(markDuplicates([a], [again]).map((r) => r.flag)).toEqual(['duplicate']);
  });
});
