export * from './ids';
export * from './scenario.types';
export * from './attempt.types';
export * from './guard-catalogue';
export { parseNarrative, markedFragments, type MarkupProblem } from './markup';
export { newSeed, orderOptions } from './option-order';
export {
  createScenarioMachine,
  sceneStateId,
  type ScenarioMachine,
  type ScenarioContext,
  type ScenarioInput,
} from './scenario.machine';
export { replayEvents, currentScene } from './replay';
export * from './scoring/signal-detection';
export * from './scoring/score-recognition';
export * from './scoring/score-attempt';
export * from './scoring/build-profile';
export * from './scoring/assess-course';
