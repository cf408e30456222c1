import { certificateCourse, type CertifiedVignette } from '../../src/features/certificate/build-certificate';
import { replayAnswers } from '../../src/records';
import type { AttemptRecord, FragmentId, Scenario } from '../../src/engine';
import type { VerifyDependencies } from '../../src/features/verify/verify-certificate';
import { fingerprintOf, verifySignature } from '../../src/integrations/signing';
import { scenarioById, structureAt } from './scenario-text';

// The run of attempts in today's record formats: assessment, authored option order, rules 1.
const RUN = { mode: 'assessment', seed: 0, rules: 1 } as const;

/**
 * A walk through a real vignette: every signal flagged (plus the given extra fragments), and the
 * option of the given quality at each decision.
 */
export function playedAttempt(
  scenario: Scenario,
  { quality = 'recommended', extra = [] }: { quality?: 'recommended' | 'acceptable' | 'harmful'; extra?: FragmentId[] } = {},
): AttemptRecord {
  const signals = scenario.scenes.flatMap((s) => s.fragments.filter((f) => f.kind === 'signal').map((f) => f.id));
  const attempt = replayAnswers(scenario, RUN, new Set([...signals, ...extra]), (scene) =>
    scene.type === 'decide' ? (scene.options.find((o) => o.quality === quality) ?? scene.options[0])?.id : undefined,
  );
  if (!attempt) throw new Error(`no walk through ${scenario.id}`);
  return attempt;
}

/** Verification against content/ as the build loads it, with Node's WebCrypto for signatures. */
export const contentDependencies: VerifyDependencies = {
  loadScenario: async (id) => {
    try {
      return scenarioById(id);
    } catch {
      return undefined;
    }
  },
  loadStructure: async (id, version) => structureAt(id, version),
  verifySignature,
  fingerprintOf,
};

/** Each vignette played with every signal flagged and the recommended options: its certificate entry. */
export function certifiedVignettes(scenarios: readonly Scenario[], passMark = 70): CertifiedVignette[] {
  const { vignettes, score } = certificateCourse(
    { scenarios: scenarios.map((s) => s.id), passMark },
    scenarios.map((s) => playedAttempt(s)),
    new Map(scenarios.map((s) => [s.id, s])),
  );
  if (!score.passed) throw new Error('these attempts do not pass');
  return vignettes;
}
