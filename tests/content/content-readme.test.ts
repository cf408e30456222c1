import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILE_CHECKS, LIBRARY_RULES, VIGNETTE_RULES } from '../../src/content/check-rules';
import { MAX_SIGNAL_RATIO, MIN_DISTRACTORS, MIN_SIGNALS } from '../../src/content/check-signal-balance';

const readme = readFileSync('content/README.md', 'utf8');
const listed = [...readme.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);

describe('content/README.md', () => {
  it('lists every rule the check applies, and no rule it does not', () => {
    const applied = [...VIGNETTE_RULES.map((r) => r.name), ...LIBRARY_RULES.map((r) => r.name), ...FILE_CHECKS];
    expect([...listed].sort()).toEqual([...applied].sort());
  });

  it('states the numbers the signal balance rule enforces', () => {
    expect(readme).toContain(
      `At least ${MIN_SIGNALS} signals and at least ${MIN_DISTRACTORS} distractors, with between 1 and ${MAX_SIGNAL_RATIO} signals per distractor`,
    );
  });
});
