import { useEffect, useState } from 'react';
import { fingerprintOf } from '../../integrations/signing';

/** The check code (fingerprint) of a public key, once computed. */
export function useFingerprint(publicKey: string | undefined) {
  const [state, setState] = useState<{ key: string; fingerprint: string } | undefined>();
  useEffect(() => {
    if (!publicKey) return;
    let live = true;
    void fingerprintOf(publicKey).then((fingerprint) => live && setState({ key: publicKey, fingerprint }));
    return () => {
      live = false;
    };
  }, [publicKey]);
  return state && state.key === publicKey ? state.fingerprint : undefined;
}
