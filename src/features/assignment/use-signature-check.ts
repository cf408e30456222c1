import { useAsync } from '../../components/use-async';
import type { SignedAssignment } from '../../records';
import { fingerprintOf, verifySignature, type SignatureCheck } from '../../integrations/signing';

export type Check = { status: 'checking' } | { status: SignatureCheck; fingerprint: string };

/** Checks an assignment's signature with WebCrypto and computes the key's fingerprint. */
export function useSignatureCheck(signed: Pick<SignedAssignment, 'payload' | 'publicKey' | 'signature'>) {
  const { payload, publicKey, signature } = signed;
  const { state } = useAsync(async (): Promise<Check> => {
    const [status, fingerprint] = await Promise.all([verifySignature(publicKey, new TextEncoder().encode(payload), signature), fingerprintOf(publicKey)]);
    return { status, fingerprint };
  }, [payload, publicKey, signature]);
  return state.status === 'ready' ? state.value : ({ status: 'checking' } as const);
}
