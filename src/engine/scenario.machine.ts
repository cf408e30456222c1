import { assign, setup } from "xstate";
import type { AttemptRecord, Choice, LearnerEvent } from "./attempt.types";
import { evaluateGuard, type GuardRef } from "./guard-catalogue";
import type { FragmentId, OptionId, SceneId } from "./ids";
import type { Scenario, Scene, Target } from "./scenario.types";

export type ScenarioContext = AttemptRecord;

const COMPLETE = "complete";

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
      input: {} as { scenario: Scenario },
      output: {} as AttemptRecord,
    },
    guards: {
      isFragmentOfScene: ({ event }, params: { fragments: FragmentId[] }) =>
        event.type === "learner.toggle" &&
        params.fragments.includes(event.fragment),
      isChosenOption: ({ event }, params: { option: OptionId }) =>
        event.type === "learner.choose" && event.option === params.option,
      hasFlaggedAny: ({ context }, params: GuardRef["params"]) =>
        evaluateGuard(
          { guard: "hasFlaggedAny", params },
          new Set(context.flags),
        ),
      hasFlaggedAll: ({ context }, params: GuardRef["params"]) =>
        evaluateGuard(
          { guard: "hasFlaggedAll", params },
          new Set(context.flags),
        ),
    },
    actions: {
      toggleFlag: assign(({ context, event }) => {
        if (event.type !== "learner.toggle") return {};
        const flags = context.flags.includes(event.fragment)
          ? context.flags.filter((id) => id !== event.fragment)
          : [...context.flags, event.fragment];
        return { flags };
      }),
      recordVisit: assign(({ context }, params: { scene: SceneId }) => ({
        path: [...context.path, params.scene],
      })),
      recordChoice: assign(({ context }, params: Choice) => ({
        choices: [...context.choices, params],
      })),
    },
  });

const targetOf = (target: Target) =>
  target === "end" ? `#${COMPLETE}` : `#${sceneStateId(target)}`;

/** The state id of a scene, used only by the factory and tests walking the graph. */
export const sceneStateId = (scene: SceneId) => `scene-${scene}`;

function sceneState(scene: Scene) {
  const toggle = {
    guard: {
      type: "isFragmentOfScene" as const,
      params: { fragments: scene.fragments.map((f) => f.id) },
    },
    actions: "toggleFlag" as const,
  };
  const common = {
    id: sceneStateId(scene.id),
    tags: ["scene", scene.type === "decide" ? "decision" : "observation"],
    entry: { type: "recordVisit" as const, params: { scene: scene.id } },
  };
  if (scene.type === "decide") {
    return {
      ...common,
      on: {
        "learner.toggle": toggle,
        "learner.choose": scene.options.map((option) => ({
          guard: {
            type: "isChosenOption" as const,
            params: { option: option.id },
          },
          target: targetOf(option.target),
          actions: {
            type: "recordChoice" as const,
            params: { scene: scene.id, option: option.id },
          },
        })),
      },
    };
  }
  return {
    ...common,
    on: {
      "learner.toggle": toggle,
      "learner.submit": scene.next.map((branch) => ({
        ...(branch.when
          ? { guard: { type: branch.when.guard, params: branch.when.params } }
          : {}),
        target: targetOf(branch.target),
      })),
    },
  };
}

/** Builds the XState machine of a validated scenario: briefing, one state per scene, complete. */
export function createScenarioMachine(scenario: Scenario) {
  return createScenarioSetup().createMachine({
    id: `scenario-${scenario.id}`,
    context: ({ input }) => ({
      scenarioId: input.scenario.id,
      contentVersion: input.scenario.version,
      path: [],
      flags: [],
      choices: [],
    }),
    initial: "briefing",
    states: {
      briefing: {
        tags: ["briefing"],
        on: { "learner.acknowledge": { target: targetOf(scenario.start) } },
      },
      playing: {
        initial: scenario.start,
        states: Object.fromEntries(
          scenario.scenes.map((scene) => [scene.id, sceneState(scene)]),
        ),
      },
      [COMPLETE]: { id: COMPLETE, type: "final", tags: ["complete"] },
    },
    output: ({ context }) => context,
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
