import { useEffect, useState } from 'react';
import type { SignedAssignment } from '../../records';
import { fingerprintOf, verifySignature, type SignatureCheck } from '../../integrations/signing';

export type Check = { status: 'checking' } | { status: SignatureCheck; fingerprint: string };

/** Checks an assignment's signature with WebCrypto and computes the key's fingerprint. */
export function useSignatureCheck(signed: Pick<SignedAssignment, 'payload' | 'publicKey' | 'signature'>) {
  const [state, setState] = useState<{ key: string; check: Check }>({ key: signed.signature, check: { status: 'checking' } });
  useEffect(() => {
    let live = true;
    void Promise.all([
      verifySignature(signed.publicKey, new TextEncoder().encode(signed.payload), signed.signature),
      fingerprintOf(signed.publicKey),
    ]).then(([status, fingerprint]) => live && setState({ key: signed.signature, check: { status, fingerprint } }));
    return () => {
      live = false;
    };
  }, [signed.payload, signed.publicKey, signed.signature]);
  return state.key === signed.signature ? state.check : ({ status: 'checking' } as const);
}
