import { and, assign, setup } from 'xstate';
import { CURRENT_RULES, type AttemptRecord, type Choice, type LearnerEvent, type Mode, type ScoringRules } from './attempt.types';
import { evaluateGuard, type GuardRef } from './guard-catalogue';
import type { OptionId, SceneId, UnitId } from './ids';
import type { Branch, DecisionOption, Scene, ScenarioStructure, Target } from './scenario.types';

export type ScenarioContext = AttemptRecord;

/** What a scenario actor starts from: the vignette, the mode and the option-order seed. */
export type ScenarioInput = {
  scenario: ScenarioStructure;
  mode: Mode;
  seed: number;
  /** Scoring rules of the attempt; new attempts get the current rules, replayed records keep theirs. */
  rules?: ScoringRules;
};

const COMPLETE = 'complete';

/**
 * The closed catalogue of guards and actions every scenario machine is built from. Content names
 * guards (with params) but can never supply code. A function rather than a module-level value, so
 * that importing the engine's constants does not pull XState into the first page.
 */
const createScenarioSetup = () =>
  setup({
    types: {
      context: {} as ScenarioContext,
      events: {} as LearnerEvent,
      input: {} as ScenarioInput,
      output: {} as AttemptRecord,
    },
    guards: {
      isUnitOfScene: ({ event }, params: { units: UnitId[] }) =>
        event.type === 'learner.toggle' && params.units.includes(event.unit),
      isChosenOption: ({ event }, params: { option: OptionId }) => event.type === 'learner.choose' && event.option === params.option,
      isLastChoice: ({ context }, params: { option: OptionId }) => context.choices.at(-1)?.option === params.option,
      isPractice: ({ context }) => context.mode === 'practice',
      hasFlaggedAny: ({ context }, params: GuardRef['params']) =>
        evaluateGuard({ guard: 'hasFlaggedAny', params }, new Set(context.flags)),
      hasFlaggedAll: ({ context }, params: GuardRef['params']) =>
        evaluateGuard({ guard: 'hasFlaggedAll', params }, new Set(context.flags)),
    },
    actions: {
      toggleFlag: assign(({ context, event }) => {
        if (event.type !== 'learner.toggle') return {};
        const flags = context.flags.includes(event.unit)
          ? context.flags.filter((id) => id !== event.unit)
          : [...context.flags, event.unit];
        return { flags };
      }),
      recordVisit: assign(({ context }, params: { scene: SceneId }) => ({ path: [...context.path, params.scene] })),
      recordChoice: assign(({ context }, params: Choice) => ({ choices: [...context.choices, params] })),
    },
  });

const targetOf = (target: Target) => (target === 'end' ? `#${COMPLETE}` : `#${sceneStateId(target)}`);

/** The state id of a scene, used only by the factory and tests walking the graph. */
export const sceneStateId = (scene: SceneId) => `scene-${scene}`;

const branchesOf = (next: Branch[]) =>
  next.map((branch) => ({
    ...(branch.when ? { guard: { type: branch.when.guard, params: branch.when.params } } : {}),
    target: targetOf(branch.target),
  }));

const afterChoice = (options: DecisionOption[]) =>
  options.map((option) => ({ guard: { type: 'isLastChoice' as const, params: { option: option.id } }, target: targetOf(option.target) }));

// A scene is read (units can be marked) and then, in practice mode only, its feedback is shown
// until the learner continues. Marks are final once the scene is left.
function sceneState(scene: Scene) {
  const kind = scene.type === 'decide' ? 'decision' : 'observation';
  const toggle = {
    guard: { type: 'isUnitOfScene' as const, params: { units: [...scene.fragments.map((f) => f.id), ...scene.neutrals] } },
    actions: 'toggleFlag' as const,
  };
  const leave =
    scene.type === 'decide'
      ? {
          'learner.choose': scene.options.flatMap((option) => {
            const chosen = { type: 'isChosenOption' as const, params: { option: option.id } };
            const actions = { type: 'recordChoice' as const, params: { scene: scene.id, option: option.id } };
            return [
              { guard: and([chosen, 'isPractice']), actions, target: 'feedback' },
              { guard: chosen, actions, target: targetOf(option.target) },
            ];
          }),
        }
      : { 'learner.submit': [{ guard: 'isPractice' as const, target: 'feedback' }, ...branchesOf(scene.next)] };
  const onward = scene.type === 'decide' ? afterChoice(scene.options) : branchesOf(scene.next);
  return {
    id: sceneStateId(scene.id),
    entry: { type: 'recordVisit' as const, params: { scene: scene.id } },
    initial: 'reading',
    states: {
      reading: { tags: ['scene', kind], on: { 'learner.toggle': toggle, ...leave } },
      feedback: { tags: ['feedback', kind], on: { 'learner.continue': onward } },
    },
  };
}

/**
 * Builds the XState machine of a validated scenario: briefing, one state per scene (reading, and
 * in practice mode feedback), complete. Any unit of the current scene can be toggled.
 */
export function createScenarioMachine(scenario: ScenarioStructure) {
  return createScenarioSetup().createMachine({
    id: `scenario-${scenario.id}`,
    context: ({ input }) => ({
      scenarioId: input.scenario.id,
      contentVersion: input.scenario.version,
      mode: input.mode,
      seed: input.seed,
      rules: input.rules ?? CURRENT_RULES,
      path: [],
      flags: [],
      choices: [],
    }),
    initial: 'briefing',
    states: {
      briefing: {
        tags: ['briefing'],
        on: { 'learner.acknowledge': { target: targetOf(scenario.start) } },
      },
      playing: {
        initial: scenario.start,
        states: Object.fromEntries(scenario.scenes.map((scene) => [scene.id, sceneState(scene)])),
      },
      [COMPLETE]: { id: COMPLETE, type: 'final', tags: ['complete'] },
    },
    output: ({ context }) => context,
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
