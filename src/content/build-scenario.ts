import {
  LOCALES,
  asFragmentId,
  asIndicatorId,
  asOptionId,
  asSceneId,
  asScenarioId,
  type Branch,
  type Fragment,
  type Locale,
  type NeutralId,
  type Paragraph,
  type RouteId,
  type Scenario,
  type ScenarioText,
  type Scene,
  type SceneText,
  type SourceKey,
  type Target,
} from '../engine';
import type { ScenarioFile, ScenarioTextFile } from './files.schema';

const target = (id: string): Target => (id === 'end' ? 'end' : asSceneId(id));

function buildScene(scene: ScenarioFile['scenes'][number], neutrals: NeutralId[]): Scene {
  const fragments = scene.fragments.map((f): Fragment => {
    const sources = f.sources ? { sources: f.sources as SourceKey[] } : {};
    return 'signal' in f
      ? { id: asFragmentId(f.id), kind: 'signal', indicator: asIndicatorId(f.signal), ...sources }
      : { id: asFragmentId(f.id), kind: 'distractor', ...sources };
  });
  if (scene.type === 'decide') {
    const options = scene.options.map((o) => ({ id: asOptionId(o.id), quality: o.quality, target: target(o.next) }));
    return { id: asSceneId(scene.id), type: 'decide', fragments, neutrals, options };
  }
  const next: Branch[] =
    typeof scene.next === 'string'
      ? [{ target: target(scene.next) }]
      : scene.next.map((b) => ({
          target: target(b.scene),
          ...(b.if ? { when: { guard: b.if.guard, params: { fragments: b.if.params.fragments.map(asFragmentId) } } } : {}),
        }));
  return { id: asSceneId(scene.id), type: 'observe', fragments, neutrals, next };
}

function buildText(file: ScenarioTextFile, bodies: Map<string, Paragraph[]>): ScenarioText {
  const scenes: Record<string, SceneText> = {};
  for (const [id, scene] of Object.entries(file.scenes)) {
    scenes[id] = {
      heading: scene.heading,
      body: bodies.get(id) ?? [],
      ...(scene.question ? { question: scene.question } : {}),
      ...(scene.options ? { options: scene.options } : {}),
    };
  }
  return { ...file, scenes };
}

/**
 * Turns a checked structure file, its checked language files (bodies split into units) and the
 * neutral unit ids of each scene into the domain Scenario.
 */
export function buildScenario(
  file: ScenarioFile,
  texts: Record<Locale, { file: ScenarioTextFile; bodies: Map<string, Paragraph[]> }>,
  neutrals: ReadonlyMap<string, NeutralId[]>,
): Scenario {
  const text = Object.fromEntries(LOCALES.map((l) => [l, buildText(texts[l].file, texts[l].bodies)])) as Record<Locale, ScenarioText>;
  return {
    id: asScenarioId(file.id),
    code: file.code,
    version: file.version,
    sector: file.sector,
    form: file.form,
    minutes: file.minutes,
    warning: file.warning,
    sources: file.sources as SourceKey[],
    routes: file.routes as RouteId[],
    start: asSceneId(file.start),
    scenes: file.scenes.map((scene) => buildScene(scene, neutrals.get(scene.id) ?? [])),
    text,
  };
}
