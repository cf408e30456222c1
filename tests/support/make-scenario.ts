import {
  asFragmentId,
  asIndicatorId,
  asOptionId,
  asSceneId,
  asScenarioId,
  type Fragment,
  type Quality,
  type Scenario,
  type ScenarioText,
} from '../../src/engine';

/**
 * A small synthetic scenario for engine tests: one observe scene with the given numbers of signals
 * and distractors, then a decision whose options each end the vignette.
 */
export function makeScenario(signals: number, distractors: number, qualities: Quality[] = ['recommended', 'acceptable', 'harmful']): Scenario {
  const fragments: Fragment[] = [
    ...Array.from({ length: signals }, (_, i): Fragment => ({ id: asFragmentId(`signal-${i}`), kind: 'signal', indicator: asIndicatorId('isolation') })),
    ...Array.from({ length: distractors }, (_, i): Fragment => ({ id: asFragmentId(`distractor-${i}`), kind: 'distractor' })),
  ];
  const text: ScenarioText = {
    title: 'Test',
    summary: 'Test',
    contentWarning: 'Test',
    scenes: {},
    fragments: {},
    debrief: { professional: 'Test', misconception: 'Test' },
  };
  return {
    id: asScenarioId('synthetic'),
    version: 1,
    sector: 'hotel',
    form: 'sexual',
    minutes: 5,
    warning: 'mild',
    sources: [],
    routes: [],
    start: asSceneId('look'),
    scenes: [
      { id: asSceneId('look'), type: 'observe', fragments, next: [{ target: asSceneId('choose') }] },
      {
        id: asSceneId('choose'),
        type: 'decide',
        fragments: [],
        options: qualities.map((quality, i) => ({ id: asOptionId(`option-${i}`), quality, target: 'end' as const })),
      },
    ],
    text: { nl: text, en: text },
  };
}
