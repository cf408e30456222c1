import { useAsync } from '../../components/use-async';
import { fingerprintOf } from '../../integrations/signing';

/** The check code (fingerprint) of a public key, once computed. */
export function useFingerprint(publicKey: string | undefined) {
  const { state } = useAsync(publicKey ? () => fingerprintOf(publicKey) : undefined, [publicKey]);
  return state.status === 'ready' ? state.value : undefined;
}
