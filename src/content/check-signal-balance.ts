import type { ContentProblem } from './content-problem';
import { problemsFor } from './content-problem';
import type { VignetteRule } from './content-rule';

export const MIN_SIGNALS = 6;
export const MIN_DISTRACTORS = 4;
/** Signals per distractor, so that flagging everything is never a winning strategy. */
export const MAX_SIGNAL_RATIO = 2;

/** Enough signals and distractors, in balance, and at least one decision. */
export const signalBalanceRule: VignetteRule = {
  name: 'signal-balance',
  check({ structure: { file, data } }) {
    const problems: ContentProblem[] = [];
    const report = problemsFor(file, problems);
    const fragments = data.scenes.flatMap((s) => s.fragments);
    const signals = fragments.filter((f) => 'signal' in f).length;
    const distractors = fragments.length - signals;
    if (signals < MIN_SIGNALS) report(['scenes'], `too few signals: ${signals}, at least ${MIN_SIGNALS}`);
    if (distractors < MIN_DISTRACTORS) report(['scenes'], `too few distractors: ${distractors}, at least ${MIN_DISTRACTORS}`);
    if (distractors > 0 && (signals < distractors || signals > MAX_SIGNAL_RATIO * distractors)) {
      report(['scenes'], `signals and distractors out of balance: ${signals}:${distractors}, keep between 1:1 and ${MAX_SIGNAL_RATIO}:1`);
    }
    if (!data.scenes.some((s) => s.type === 'decide')) report(['scenes'], 'a vignette needs at least one decision scene');
    return problems;
  },
};
