import { describe, expect, it } from 'vitest';
import type { AttemptRecord, LearnerEvent } from '../../src/engine';
import { canonicalJson } from '../../src/stores/progress-merge';
import { addImported, mergeTabs } from '../../src/stores/progress-merge';
import type { InProgress, PersistedProgress } from '../../src/stores/progress-store';

const attempt = (id: string, flags: string[]): AttemptRecord =>
  ({ scenarioId: id, contentVersion: 1, mode: 'assessment', seed: 3, rules: 2, path: ['a', 'b'], flags, choices: [{ scene: 'b', option: 'o' }] }) as unknown as AttemptRecord;
const events = (...toggles: string[]): LearnerEvent[] =>
  [{ type: 'learner.acknowledge' }, ...toggles.map((unit) => ({ type: 'learner.toggle', unit }))] as LearnerEvent[];
const walk = (...toggles: string[]): InProgress => ({ contentVersion: 1, mode: 'practice', seed: 5, events: events(...toggles) });
const progress = (inProgress: Record<string, InProgress>, completed: Record<string, AttemptRecord[]>): PersistedProgress => ({ inProgress, completed });

const a1 = attempt('x', ['f1']);
const a2 = attempt('x', ['f2']);
const b1 = attempt('y', ['g1']);

describe('merging two tabs', () => {
  it('keeps a vignette finished in another tab when a stale tab records a step (the reported loss)', () => {
    const base = progress({ x: walk('f1') }, {});
    const theirs = progress({}, { x: [a1] }); // the other tab finished x
    const mine = progress({ x: walk('f1'), y: walk('g1') }, {}); // this tab played y
    expect(mergeTabs(base, mine, theirs)).toEqual(progress({ y: walk('g1') }, { x: [a1] }));
  });

  it('keeps the attempts both tabs finished, each once, in the order they reached storage', () => {
    const base = progress({}, { x: [a1] });
    expect(mergeTabs(base, progress({}, { x: [a1, b1] }), progress({}, { x: [a1, a2] })).completed).toEqual({ x: [a1, a2, b1] });
  });

  it('adds an attempt once when both tabs imported the same file', () => {
    const base = progress({}, {});
    expect(mergeTabs(base, progress({}, { y: [b1] }), progress({}, { y: [b1] })).completed).toEqual({ y: [b1] });
  });

  it('keeps two equal attempts of one tab: a learner may answer the same way twice', () => {
    const base = progress({}, { x: [a1] });
    expect(mergeTabs(base, progress({}, { x: [a1, a1] }), base).completed).toEqual({ x: [a1, a1] });
  });

  it('does not bring back what another tab erased', () => {
    const base = progress({ x: walk('f1') }, { x: [a1] });
    expect(mergeTabs(base, base, progress({}, {}))).toEqual(progress({}, {}));
  });

  it('takes the longer of two walks where one continues the other', () => {
    const base = progress({ x: walk('f1') }, {});
    expect(mergeTabs(base, progress({ x: walk('f1', 'f2') }, {}), progress({ x: walk('f1', 'f2', 'f3') }, {})).inProgress.x).toEqual(walk('f1', 'f2', 'f3'));
    expect(mergeTabs(base, progress({ x: walk('f1', 'f2', 'f3') }, {}), progress({ x: walk('f1', 'f2') }, {})).inProgress.x).toEqual(walk('f1', 'f2', 'f3'));
  });

  it('never rewrites a walk this tab is playing: its player holds exactly those events', () => {
    const base = progress({ x: walk('f1') }, {});
    const merged = mergeTabs(base, progress({ x: walk('f1', 'mine') }, {}), progress({ x: walk('f1', 'theirs') }, {}), new Set(['x']));
    expect(merged.inProgress.x).toEqual(walk('f1', 'mine'));
  });

  it('keeps a walk another tab continued when this tab merely restarted it', () => {
    const base = progress({ x: walk('f1') }, {});
    expect(mergeTabs(base, progress({}, {}), progress({ x: walk('f1', 'f2') }, {})).inProgress.x).toEqual(walk('f1', 'f2'));
  });

  it('keeps ids such as constructor and __proto__ as plain entries, never as prototypes', () => {
    const odd = JSON.parse(`{"__proto__": [${JSON.stringify(a1)}], "constructor": [${JSON.stringify(b1)}]}`) as Record<string, AttemptRecord[]>;
    const merged = mergeTabs(progress({}, {}), progress({}, odd), progress({}, {}));
    expect(Object.getPrototypeOf(merged.completed)).toBe(Object.prototype);
    expect(Object.keys(merged.completed).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(merged.completed, '__proto__')?.value).toEqual([a1]);
    expect(mergeTabs(progress({}, {}), progress({}, {}), progress({}, {}))).toEqual(progress({}, {}));
  });
});

describe('adding an imported file', () => {
  it('adds the attempts not here yet after the ones here, and never replaces a walk in progress', () => {
    const mine = progress({ x: walk('f1') }, { x: [a1] });
    const file = progress({ x: walk('other'), y: walk('g1') }, { x: [a1, a2], y: [b1] });
    expect(addImported(mine, file)).toEqual(progress({ x: walk('f1'), y: walk('g1') }, { x: [a1, a2], y: [b1] }));
  });
});

describe('canonical JSON', () => {
  it('gives equal records equal text whatever the order of their keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: 0 } })).toBe(canonicalJson({ a: { c: 0, d: [1, { e: 3, f: 2 }] }, b: 1 }));
  });
});
