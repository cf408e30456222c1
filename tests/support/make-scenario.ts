import {
  asFragmentId,
  asIndicatorId,
  asOptionId,
  asSceneId,
  asScenarioId,
  neutralUnitId,
  type Fragment,
  type Quality,
  type Scenario,
  type ScenarioText,
} from '../../src/engine';

/**
 * A small synthetic scenario for engine tests: one observe scene with the given numbers of signals,
 * distractors and neutral units, then a decision whose options each end the vignette.
 */
export function makeScenario(
  signals: number,
  distractors: number,
  qualities: Quality[] = ['recommended', 'acceptable', 'harmful'],
  neutrals = 0,
): Scenario {
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
  const look = asSceneId('look');
  return {
    id: asScenarioId('synthetic'),
    code: 999,
    version: 1,
    sector: 'hotel',
    form: 'sexual',
    minutes: 5,
    warning: 'mild',
    sources: [],
    routes: [],
    start: look,
    scenes: [
      {
        id: look,
        type: 'observe',
        fragments,
        neutrals: Array.from({ length: neutrals }, (_, i) => neutralUnitId(look, i + 1)),
        next: [{ target: asSceneId('choose') }],
      },
      {
        id: asSceneId('choose'),
        type: 'decide',
        fragments: [],
        neutrals: [],
        options: qualities.map((quality, i) => ({ id: asOptionId(`option-${i}`), quality, target: 'end' as const })),
      },
    ],
    text: { nl: text, en: text },
  };
}
