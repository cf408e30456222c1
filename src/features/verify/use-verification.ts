import { useEffect, useState } from 'react';
import { findSummary, loadScenario, loadStructure } from '../../content';
import type { CertificateInput } from '../../records/certificate.file';
import { fingerprintOf, verifySignature } from '../../integrations/signing';
import { verifyCertificate, type Verification, type VerifyDependencies } from './verify-certificate';

const browserDependencies: VerifyDependencies = {
  // Only vignettes of this build's catalogue are loaded; any other id cannot be checked here.
  loadScenario: async (id) => (findSummary(id) ? loadScenario(id) : undefined),
  loadStructure,
  verifySignature,
  fingerprintOf,
};

export type VerificationState = { status: 'idle' } | { status: 'checking' } | { status: 'done'; result: Verification } | { status: 'error' };

/** Verifies a certificate input whenever it changes; loading vignettes can fail and be retried. */
export function useVerification(input: CertificateInput | undefined, attempt: number): VerificationState {
  const [state, setState] = useState<{ input?: CertificateInput; attempt: number; value: VerificationState }>({
    attempt,
    value: { status: 'idle' },
  });
  useEffect(() => {
    if (!input) return;
    let live = true;
    verifyCertificate(input, browserDependencies).then(
      (result) => live && setState({ input, attempt, value: { status: 'done', result } }),
      () => live && setState({ input, attempt, value: { status: 'error' } }),
    );
    return () => {
      live = false;
    };
  }, [input, attempt]);
  if (!input) return { status: 'idle' };
  return state.input === input && state.attempt === attempt ? state.value : { status: 'checking' };
}
