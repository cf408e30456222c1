import { useAsync } from '../../components/use-async';
import { getOrCreateTrainerKey, keepTrainerKeyIn, SigningUnavailable, type TrainerKey } from '../../integrations/signing';
import { useTrainerStore } from '../../stores/trainer-store';

export type KeyState = { status: 'loading' } | { status: 'ready'; key: TrainerKey } | { status: 'error'; reason: 'unsupported' | 'storage' };

/** The trainer's signing key, created in this browser the first time it is needed. */
export function useTrainerKey() {
  const { state: load, retry } = useAsync(async () => {
    // A trainer who keeps nothing on this computer gets a key that lives in memory only.
    if (useTrainerStore.getState().storage === 'memory') await keepTrainerKeyIn('memory');
    return getOrCreateTrainerKey();
  }, []);
  const state: KeyState =
    load.status === 'ready'
      ? { status: 'ready', key: load.value }
      : load.status === 'error'
        ? { status: 'error', reason: load.error instanceof SigningUnavailable ? load.error.reason : 'storage' }
        : { status: 'loading' };
  return { state, retry };
}
