import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AttemptRecord, LearnerEvent, Scenario } from '../../../src/engine';
import type { PersistedProgress } from '../../../src/stores/progress-store';
import { compactEvents } from '../../../src/integrations/lms/suspend-data/compact-events';
import { decodeProgress, encodeProgress, vignettesIn, SUSPEND_DATA_LIMIT } from '../../../src/integrations/lms/suspend-data/suspend-data-codec';
import { scenarioById } from '../../support/scenario-text';
import { playThrough, stateAfter, walk } from './support/walks';

const all = readdirSync('content/scenarios').map(scenarioById);
const byId = new Map<string, Scenario>(all.map((s) => [s.id, s]));
const sortedFlags = (attempt: AttemptRecord) => ({ ...attempt, flags: [...attempt.flags].sort() });

/** Long hesitant walks: hundreds of flag toggles before going on, through every vignette. */
const arbitraryProgress = fc
  .array(
    fc.record({
      scenario: fc.constantFrom(...all),
      running: fc.option(fc.array(fc.nat(40), { maxLength: 400 }), { nil: undefined }),
      run: fc.record({ mode: fc.constantFrom('practice' as const, 'assessment' as const), seed: fc.integer({ min: 0, max: 4095 }) }),
      finished: fc.option(fc.nat(3), { nil: undefined }),
    }),
    { maxLength: all.length },
  )
  .map((entries) => {
    const progress: PersistedProgress = { inProgress: {}, completed: {} };
    for (const { scenario, running, finished, run } of entries) {
      if (running) {
        const { events, attempt } = walk(scenario, running, run);
        if (!attempt && events.length > 0) progress.inProgress[scenario.id] = { contentVersion: scenario.version, ...run, events };
      }
      if (finished !== undefined) progress.completed[scenario.id] = [playThrough(scenario, finished).attempt];
    }
    return progress;
  });

// Property runs replay real vignettes through XState many times: seconds of work, more on a busy CI machine.
describe('suspend_data codec', () => {
  it('restores every vignette to the same scene, flags and choices (property)', () => {
    fc.assert(
      fc.property(arbitraryProgress, (progress) => {
        const { text, dropped } = encodeProgress(progress, byId);
        expect(dropped).toEqual([]);
        expect(text).toMatch(/^[\w.~-]+$/);
        const decoded = decodeProgress(text, byId);
        if (!decoded.ok) throw new Error(`could not read back ${text}`);
        expect(Object.keys(decoded.progress.inProgress).sort()).toEqual(Object.keys(progress.inProgress).sort());
        for (const [id, running] of Object.entries(progress.inProgress)) {
          const scenario = byId.get(id)!;
          expect(decoded.progress.inProgress[id]).toMatchObject({ mode: running.mode, seed: running.seed });
          expect(stateAfter(scenario, decoded.progress.inProgress[id]!.events, running)).toEqual(stateAfter(scenario, running.events, running));
        }
        for (const [id, attempts] of Object.entries(progress.completed)) {
          expect(decoded.progress.completed[id]?.map(sortedFlags)).toEqual([sortedFlags(attempts.at(-1)!)]);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('never throws on garbage and never half-restores it (property)', () => {
    const valid = encodeProgress({ inProgress: {}, completed: { 'hotel-room-214': [playThrough(byId.get('hotel-room-214')!).attempt] } }, byId).text;
    const mutated = fc.tuple(fc.nat(valid.length), fc.string({ maxLength: 3 }), fc.nat(3)).map(([at, insert, cut]) => valid.slice(0, at) + insert + valid.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), mutated), (text) => {
        const result = decodeProgress(text, byId);
        expect(() => vignettesIn(text)).not.toThrow();
        if (result.ok) {
          for (const [id, running] of Object.entries(result.progress.inProgress)) expect(byId.get(id)?.version).toBe(running.contentVersion);
          for (const [id, attempts] of Object.entries(result.progress.completed)) {
            expect(attempts).toHaveLength(1);
            expect(byId.has(id)).toBe(true);
          }
        } else {
          expect(result.reason).toBe('malformed');
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('fits the largest assignment in SCORM 1.2’s 4,096 characters: all nine vignettes, long logs, each also finished', () => {
    const progress: PersistedProgress = { inProgress: {}, completed: {} };
    for (const scenario of all) {
      progress.completed[scenario.id] = [playThrough(scenario, 1).attempt];
      // A learner who flags and unflags each fragment a hundred times before going on, scene
      // after scene, and stops just before the end.
      const { events } = playThrough(scenario, 1);
      const hesitant = events.slice(0, -1).flatMap((event): LearnerEvent[] =>
        event.type === 'learner.toggle' ? Array.from({ length: 101 }, () => event) : [event],
      );
      progress.inProgress[scenario.id] = { contentVersion: scenario.version, mode: 'assessment', seed: 0, events: hesitant };
    }
    const eventCount = Object.values(progress.inProgress).reduce((sum, p) => sum + p.events.length, 0);
    const rawLength = JSON.stringify(progress).length;
    const { text, dropped } = encodeProgress(progress, byId);
    console.info(`largest assignment: ${all.length} vignettes, ${eventCount} logged events, ${rawLength} characters as JSON → ${text.length} characters of suspend_data`);
    expect(eventCount).toBeGreaterThan(5000);
    expect(dropped).toEqual([]);
    expect(text.length).toBeLessThan(SUSPEND_DATA_LIMIT);
    expect(text.length).toBeLessThan(2048);
    const decoded = decodeProgress(text, byId);
    expect(decoded.ok && Object.keys(decoded.progress.completed)).toHaveLength(all.length);
  });

  it('keeps under the limit by dropping in-progress logs first when it must', () => {
    const scenario = byId.get('care-gp-employer')!;
    const { attempt, events } = playThrough(scenario);
    const progress: PersistedProgress = {
      inProgress: { [scenario.id]: { contentVersion: scenario.version, mode: 'assessment', seed: 0, events: events.slice(0, -1) } },
      completed: { [scenario.id]: [attempt] },
    };
    const full = encodeProgress(progress, byId);
    const squeezed = encodeProgress(progress, byId, full.text.length - 1);
    expect(squeezed.dropped).toEqual([scenario.id]);
    const decoded = decodeProgress(squeezed.text, byId);
    expect(decoded.ok && decoded.progress).toEqual({ inProgress: {}, completed: { [scenario.id]: [expect.objectContaining({ path: attempt.path })] } });
  });

  it('skips a vignette whose content changed version, and one that is not in this package', () => {
    const scenario = byId.get('hotel-room-214')!;
    const { text } = encodeProgress({ inProgress: {}, completed: { [scenario.id]: [playThrough(scenario).attempt] } }, byId);
    const newer = new Map([[scenario.id, { ...scenario, version: scenario.version + 1 }]]);
    expect(decodeProgress(text, newer)).toEqual({ ok: true, progress: { inProgress: {}, completed: {} }, skipped: [scenario.id] });
    expect(decodeProgress(text, new Map())).toEqual({ ok: true, progress: { inProgress: {}, completed: {} }, skipped: [scenario.id] });
  });

  it('compacts a hesitant log: pairs of toggles cancel, rejected events go', () => {
    const scenario = byId.get('hotel-room-214')!;
    const first = scenario.scenes[0]!.fragments[0]!.id;
    const events = [
      { type: 'learner.submit' as const },
      { type: 'learner.acknowledge' as const },
      ...Array.from({ length: 7 }, () => ({ type: 'learner.toggle' as const, unit: first })),
      { type: 'learner.acknowledge' as const },
    ];
    expect(compactEvents(scenario, { mode: 'assessment', seed: 0 }, events)).toEqual([{ type: 'learner.acknowledge' }, { type: 'learner.toggle', unit: first }]);
  });
});
