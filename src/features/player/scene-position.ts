import type { Scene, SceneId, ScenarioStructure } from '../../engine';

/** How many scenes can still follow a scene: the fewest and the most, over every way on. */
export type Remaining = { min: number; max: number };

const targetsOf = (scene: Scene) => (scene.type === 'decide' ? scene.options.map((o) => o.target) : scene.next.map((b) => b.target));

/**
 * The scenes still to come after each scene of a vignette, counted over the structure (every
 * branch and option, whatever the learner marked). Paths differ in length, so a player says the
 * range, never one number it cannot know. A scene on a cycle counts the way round once.
 */
export function remainingScenes(scenario: ScenarioStructure): Map<SceneId, Remaining> {
  const byId = new Map(scenario.scenes.map((s) => [s.id, s]));
  const memo = new Map<SceneId, Remaining>();
  const visit = (id: SceneId, onPath: Set<SceneId>): Remaining => {
    const known = memo.get(id);
    if (known) return known;
    const scene = byId.get(id);
    if (!scene) return { min: 0, max: 0 };
    const next = targetsOf(scene)
      .filter((target) => target === 'end' || !onPath.has(target))
      .map((target) => {
        if (target === 'end') return { min: 0, max: 0 };
        const after = visit(target, new Set([...onPath, id]));
        return { min: after.min + 1, max: after.max + 1 };
      });
    const result = next.length === 0 ? { min: 0, max: 0 } : { min: Math.min(...next.map((r) => r.min)), max: Math.max(...next.map((r) => r.max)) };
    if (onPath.size === 0) memo.set(id, result);
    return result;
  };
  return new Map(scenario.scenes.map((scene) => [scene.id, visit(scene.id, new Set())]));
}
