import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSummary } from '../../../src/content';
import { planImport } from '../../../src/features/progress/check-progress-file';
import { decodeProgressFile } from '../../../src/stores/progress-file';

const sample = readFileSync('tests/fixtures/records/progress-file/v1/learner-export.json', 'utf8');
const decoded = decodeProgressFile(sample);
if (!decoded.ok) throw new Error('the frozen progress file no longer decodes');
const attempts = Object.values(decoded.progress.completed).flat();
const empty = { inProgress: {}, completed: {} };

describe('checking a progress file before it is added', () => {
  it('replays every attempt of a file made by an earlier build, on archived versions too, and adds them all', async () => {
    // Some of the sample's vignettes have a newer version now: their attempts replay on the archive.
    expect(attempts.some((a) => a.contentVersion < (findSummary(a.scenarioId)?.version ?? 0))).toBe(true);
    const plan = await planImport(decoded.progress, decoded.unreadable, empty);
    expect(plan).toMatchObject({ attempts: attempts.length, added: attempts.length, kept: 0, impossible: 0, alreadyHere: 0, unreadable: 0 });
  });

  it('adds nothing twice: the same file again is all here already', async () => {
    const plan = await planImport(decoded.progress, 0, decoded.progress);
    expect(plan).toMatchObject({ added: 0, alreadyHere: attempts.length, newLatest: 0 });
  });

  it('leaves out an edited attempt (a unit flagged twice, which no walk records), and keeps one of a version not here', async () => {
    const first = attempts.find((a) => a.flags.length > 0);
    const twice = first?.flags[0];
    if (!first || !twice) throw new Error('no attempt with a flag in the sample');
    const edited = { ...first, flags: [...first.flags, twice] };
    const later = { ...first, contentVersion: (findSummary(first.scenarioId)?.version ?? 0) + 1 };
    const plan = await planImport({ inProgress: {}, completed: { [first.scenarioId]: [edited, later] } }, 0, empty);
    expect(plan).toMatchObject({ attempts: 2, added: 0, impossible: 1, kept: 1 });
    expect(plan.progress.completed[first.scenarioId]).toEqual([later]);
  });
});
