import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import type { KeyState } from './use-trainer-key';
import { useTrainerStrings } from './use-trainer-strings';

/** The trainer's key fingerprint, which learners see with every assignment signed by it. */
export function KeyPanel({ state, onRetry }: { state: KeyState; onRetry: () => void }) {
  const { t } = useTrainerStrings();
  if (state.status === 'loading') return <Loading label={t('key.loading')} />;
  if (state.status === 'error') return <KeyProblem reason={state.reason} onRetry={onRetry} />;
  return (
    <section aria-labelledby="key-heading" className="key-panel">
      <h2 id="key-heading">{t('key.heading')}</h2>
      <p>
        {t('key.fingerprint')} <span className="fingerprint">{state.key.fingerprint}</span>
      </p>
      <p>{t('key.explain')}</p>
      <p className="small">{t('key.thisBrowser')}</p>
    </section>
  );
}

/** Why this browser cannot sign, and what the trainer can do about it. */
export function KeyProblem({ reason, onRetry }: { reason: 'unsupported' | 'storage'; onRetry: () => void }) {
  const { t } = useTrainerStrings();
  return <LoadError onRetry={onRetry} message={t(`key.error.${reason}`)} />;
}
