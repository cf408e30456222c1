import { useAsync } from '../../components/use-async';
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
  const { state } = useAsync(input ? () => verifyCertificate(input, browserDependencies) : undefined, [input, attempt]);
  if (state.status === 'idle') return { status: 'idle' };
  if (state.status === 'ready') return { status: 'done', result: state.value };
  return state.status === 'error' ? { status: 'error' } : { status: 'checking' };
}
