import { useCallback, useEffect, useState } from 'react';
import { getOrCreateTrainerKey, keepTrainerKeyIn, SigningUnavailable, type TrainerKey } from '../../integrations/signing';
import { useTrainerStore } from '../../stores/trainer-store';

export type KeyState = { status: 'loading' } | { status: 'ready'; key: TrainerKey } | { status: 'error'; reason: 'unsupported' | 'storage' };

/** The trainer's signing key, created in this browser the first time it is needed. */
export function useTrainerKey() {
  const [state, setState] = useState<KeyState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    // A trainer who keeps nothing on this computer gets a key that lives in memory only.
    const memory = useTrainerStore.getState().storage === 'memory';
    (memory ? keepTrainerKeyIn('memory') : Promise.resolve())
      .then(() => getOrCreateTrainerKey())
      .then(
        (key) => live && setState({ status: 'ready', key }),
        (error: unknown) => live && setState({ status: 'error', reason: error instanceof SigningUnavailable ? error.reason : 'storage' }),
      );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
