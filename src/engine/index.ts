export * from './ids';
export * from './scenario.types';
export * from './attempt.types';
export * from './guard-catalogue';
export { parseNarrative, markedFragments, type MarkupProblem } from './markup';
export { createScenarioMachine, sceneStateId, type ScenarioMachine, type ScenarioContext } from './scenario.machine';
export { replayEvents, currentScene } from './replay';
export * from './scoring/signal-detection';
export * from './scoring/score-attempt';
