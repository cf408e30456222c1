import {
  createScenarioMachine,
  replayEvents,
  scoreAttempt,
  type AttemptRecord,
  type IndicatorId,
  type Scenario,
  type SceneId,
} from '../../../engine';
import type { PersistedProgress } from '../../../stores/progress-store';
import type { LearningEvent } from './learning-event.types';

type Walk = Pick<AttemptRecord, 'path' | 'flags' | 'choices'>;

type Options = {
  loadScenario: (id: string) => Promise<Scenario>;
  passMark: () => number;
};

/** Events for the part of a walk through a vignette that is new since `seen` scenes. */
function walkEvents(scenario: Scenario, seen: readonly SceneId[], walk: Walk, finished: boolean): LearningEvent[] {
  const events: LearningEvent[] = [];
  if (seen.length === 0 && walk.path.length > 0) events.push({ type: 'vignette-started', scenario });
  const sceneAt = (i: number) => scenario.scenes.find((s) => s.id === walk.path[i]);
  for (let i = seen.length; i < walk.path.length; i += 1) {
    const scene = sceneAt(i);
    if (scene) events.push({ type: 'scene-experienced', scenario, scene });
  }
  // A scene is answered when the learner leaves it: every scene before the current one, and the
  // last one too once the vignette is finished.
  const lastLeft = finished ? walk.path.length - 1 : walk.path.length - 2;
  const flagged = new Set(walk.flags);
  for (let i = Math.max(seen.length - 1, 0); i <= lastLeft; i += 1) {
    const scene = sceneAt(i);
    if (!scene) continue;
    const fragments = scene.fragments.filter((f) => flagged.has(f.id));
    const indicators = [...new Set(fragments.flatMap((f): IndicatorId[] => (f.kind === 'signal' ? [f.indicator] : [])))];
    const decisionsBefore = walk.path.slice(0, i).filter((id) => scenario.scenes.find((s) => s.id === id)?.type === 'decide').length;
    const choice = scene.type === 'decide' ? walk.choices[decisionsBefore] : undefined;
    const option = scene.type === 'decide' ? scene.options.find((o) => o.id === choice?.option) : undefined;
    events.push({
      type: 'scene-answered',
      scenario,
      scene,
      flagged: fragments.map((f) => f.id),
      indicators,
      ...(option ? { choice: { option: option.id, quality: option.quality } } : {}),
    });
  }
  return events;
}

/**
 * Turns changes of the progress store into learning events (started, scene experienced, scene
 * answered, vignette completed). It remembers how far each running vignette got, so each event is
 * reported once; progress that was already there when it started (a resume) reports nothing.
 */
export function createProgressTracker({ loadScenario, passMark }: Options) {
  const seen = new Map<string, SceneId[]>();

  const walkOf = async (id: string, progress: PersistedProgress) => {
    const running = progress.inProgress[id];
    if (!running) return undefined;
    const scenario = await loadScenario(id);
    if (running.contentVersion !== scenario.version) return undefined;
    const actor = replayEvents(createScenarioMachine(scenario), { scenario, mode: running.mode, seed: running.seed }, running.events);
    const { context } = actor.getSnapshot();
    actor.stop();
    return { scenario, walk: context };
  };

  return {
    /** Takes progress restored at launch as already reported. */
    async start(progress: PersistedProgress) {
      seen.clear();
      for (const id of Object.keys(progress.inProgress)) {
        const found = await walkOf(id, progress).catch(() => undefined);
        if (found) seen.set(id, found.walk.path);
      }
    },

    /** The learning events between two states of the progress store. */
    async changes(before: PersistedProgress, after: PersistedProgress): Promise<LearningEvent[]> {
      const events: LearningEvent[] = [];
      const ids = new Set([...Object.keys(after.inProgress), ...Object.keys(after.completed), ...seen.keys()]);
      for (const id of ids) {
        const attempts = after.completed[id] ?? [];
        const attempt = attempts.at(-1);
        if (attempt && attempts.length > (before.completed[id]?.length ?? 0)) {
          const scenario = await loadScenario(id);
          events.push(...walkEvents(scenario, seen.get(id) ?? [], attempt, true));
          events.push({ type: 'vignette-completed', scenario, attempt, score: scoreAttempt(scenario, attempt, passMark()) });
          seen.delete(id);
          continue;
        }
        if (!after.inProgress[id]) {
          seen.delete(id);
          continue;
        }
        if (after.inProgress[id] === before.inProgress[id]) continue;
        const found = await walkOf(id, after);
        if (!found) continue;
        events.push(...walkEvents(found.scenario, seen.get(id) ?? [], found.walk, false));
        seen.set(id, found.walk.path);
      }
      return events;
    },
  };
}

export type ProgressTracker = ReturnType<typeof createProgressTracker>;
