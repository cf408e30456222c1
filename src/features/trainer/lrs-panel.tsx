import { useId, useState, type FormEvent } from 'react';
import type { Scenario, ScenarioId } from '../../engine';
import { useTrainerStore, type MadeAssignment } from '../../stores/trainer-store';
import { checkLrsStatements } from './check-lrs';
import { basicAuth, loadCohortStatements } from './lrs-client';
import { useTrainerStrings } from './use-trainer-strings';

type Props = { made: MadeAssignment; scenarios: ReadonlyMap<ScenarioId, Scenario>; onStatus: (status: string) => void };

/**
 * Loads the cohort from the assignment's LRS with the trainer's own reading key, which is typed
 * here, used for this request and kept nowhere; the results are then checked like files.
 */
export function LrsPanel({ made, scenarios, onStatus }: Props) {
  const { t } = useTrainerStrings();
  const id = useId();
  const replace = useTrainerStore((s) => s.replaceLrsResults);
  const [key, setKey] = useState('');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const lrs = made.signed.assignment.lrs;
  if (!lrs) return null;
  const host = new URL(lrs.endpoint).host;

  const load = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    onStatus(t('lrs.loading', { host }));
    const loaded = await loadCohortStatements(lrs.endpoint, basicAuth(key.trim(), secret), made.signed.assignment.id);
    if (!loaded.ok) {
      onStatus(t(`lrs.error.${loaded.error}`, { host }));
      setBusy(false);
      return;
    }
    const results = await checkLrsStatements(loaded.statements, made, scenarios, host);
    replace(made.signed.assignment.id, results);
    const counted = results.filter((r) => r.flag === null).length;
    onStatus(t('lrs.loaded', { count: loaded.statements.length, pages: loaded.pages, learners: counted, setAside: results.length - counted, host }));
    setBusy(false);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="lrs-panel">
      <h2 id={`${id}-heading`}>{t('lrs.heading')}</h2>
      <p>{t('lrs.intro', { host })}</p>
      <form onSubmit={(event) => void load(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-key`}>{t('lrs.readKey')}</label>
          <p id={`${id}-hint`} className="hint">
            {t('lrs.readKeyHint')}
          </p>
          <input id={`${id}-key`} autoComplete="username" value={key} aria-describedby={`${id}-hint`} onChange={(e) => setKey(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-secret`}>{t('lrs.readSecret')}</label>
          <input id={`${id}-secret`} type="password" autoComplete="current-password" value={secret} onChange={(e) => setSecret(e.target.value)} />
        </div>
        <p className="actions">
          <button type="submit" className="button button-secondary" disabled={busy || key.trim() === ''}>
            {t('lrs.load', { host })}
          </button>
        </p>
      </form>
    </section>
  );
}
