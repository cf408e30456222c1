import type { ScenarioFile } from './files.schema';

type SceneFile = ScenarioFile['scenes'][number];

/** The scene ids a scene can lead to (`end` included). */
export function targetsOf(scene: SceneFile): string[] {
  if (scene.type === 'decide') return scene.options.map((o) => o.next);
  return typeof scene.next === 'string' ? [scene.next] : scene.next.map((b) => b.scene);
}

/** Scenes reachable from the start scene. */
export function reachableFrom(start: string, scenes: SceneFile[]): Set<string> {
  const byId = new Map(scenes.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const scene = byId.get(id);
    if (!scene || seen.has(id)) continue;
    seen.add(id);
    queue.push(...targetsOf(scene));
  }
  return seen;
}

/** Scenes from which some path reaches the end. */
export function canReachEnd(scenes: SceneFile[]): Set<string> {
  const good = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const scene of scenes) {
      if (good.has(scene.id)) continue;
      if (targetsOf(scene).some((t) => t === 'end' || good.has(t))) {
        good.add(scene.id);
        changed = true;
      }
    }
  }
  return good;
}
