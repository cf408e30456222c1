import type { ContentProblem } from './content-problem';
import { problemsFor } from './content-problem';
import type { VignetteRule } from './content-rule';
import { canReachEnd, reachableFrom } from './scenario-graph';

/**
 * The scenes form a story a learner can finish: the start and every `next` name a scene (or `end`),
 * conditional branches end in one without `if`, every scene can be reached and can reach the end.
 */
export const sceneGraphRule: VignetteRule = {
  name: 'scene-graph',
  check({ structure: { file, data } }) {
    const problems: ContentProblem[] = [];
    const report = problemsFor(file, problems);
    const ids = new Set(data.scenes.map((s) => s.id));
    const known = (target: string) => target === 'end' || ids.has(target);
    if (!ids.has(data.start)) report(['start'], `unknown scene "${data.start}"`);
    for (const scene of data.scenes) {
      const at = ['scenes', scene.id];
      if (scene.type === 'decide') {
        for (const option of scene.options) {
          if (!known(option.next)) report([...at, 'options', option.id, 'next'], `leads to unknown scene "${option.next}"`);
        }
      } else if (typeof scene.next === 'string') {
        if (!known(scene.next)) report([...at, 'next'], `leads to unknown scene "${scene.next}"`);
      } else {
        scene.next.forEach((branch, b) => {
          const last = b === scene.next.length - 1;
          if (!known(branch.scene)) report([...at, 'next', b, 'scene'], `leads to unknown scene "${branch.scene}"`);
          if (last && branch.if) report([...at, 'next', b], 'the last branch must have no `if`: it is taken when no other branch applies');
          if (!last && !branch.if) report([...at, 'next', b], 'only the last branch may leave out `if`');
        });
      }
    }
    const reachable = reachableFrom(data.start, data.scenes);
    const ending = canReachEnd(data.scenes);
    for (const scene of data.scenes) {
      if (!reachable.has(scene.id)) report(['scenes', scene.id], `scene "${scene.id}" cannot be reached from the start`);
      if (!ending.has(scene.id)) report(['scenes', scene.id], `scene "${scene.id}" cannot reach the end (a dead end or a loop)`);
    }
    return problems;
  },
};
