import { useEffect, useId, useState, type FormEvent } from 'react';
import { cleanText, learnerNameProblem } from '../../records';
import type { Scenario, ScenarioId } from '../../engine';
import { useAssignmentStore, type AssignmentEntry } from '../../stores/assignment-store';
import { lrsOutbox, queueAttempts, watchLrs } from './assignment-lrs';
import { learnerNameError } from './learner-name-error';
import { useAssignmentStrings } from './use-assignment-strings';

type Props = { entryKey: string; entry: AssignmentEntry; scenarios: ReadonlyMap<ScenarioId, Scenario> };

/**
 * For an assignment that names its organisation's LRS: the learner sees the host, types their
 * name and agrees before anything is sent; after that every finished attempt goes there.
 */
export function LrsSend({ entryKey, entry, scenarios }: Props) {
  const { t } = useAssignmentStrings();
  const id = useId();
  const setLrs = useAssignmentStore((s) => s.setLrs);
  const lrs = entry.signed.assignment.lrs;
  const host = lrs ? new URL(lrs.endpoint).host : '';
  const [name, setName] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [waiting, setWaiting] = useState(() => (lrs ? lrsOutbox(lrs).waiting() : 0));

  useEffect(() => {
    if (!lrs) return;
    const stop = watchLrs(lrs.endpoint, setWaiting);
    return () => {
      stop();
    };
  }, [lrs]);
  // Every attempt not yet queued is queued once the learner agreed; the outbox does the rest.
  useEffect(() => {
    if (!entry.lrs || entry.lrs.sent >= entry.attempts.length) return;
    let live = true;
    void queueAttempts(entry, scenarios).then((sent) => {
      if (live && entry.lrs) setLrs(entryKey, { ...entry.lrs, sent });
    });
    return () => {
      live = false;
    };
  }, [entry, entryKey, scenarios, setLrs]);
  if (!lrs) return null;

  const agree = (event: FormEvent) => {
    event.preventDefault();
    const learner = cleanText(name);
    const message = learnerNameError(learnerNameProblem(learner), t, t('lrs.nameRequired')) ?? (agreed ? null : t('lrs.agreeRequired'));
    setError(message);
    if (message) return;
    setLrs(entryKey, { learner, pseudonym: crypto.randomUUID(), sent: 0 });
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="lrs-send">
      <h2 id={`${id}-heading`}>{t('lrs.heading')}</h2>
      {entry.lrs ? (
        <>
          <p>{t('lrs.sending', { host, learner: entry.lrs.learner })}</p>
          <p role="status">
            {waiting > 0 ? t('lrs.waiting', { count: waiting }) : t('lrs.allSent', { count: Math.min(entry.lrs.sent, entry.attempts.length) })}
          </p>
        </>
      ) : (
        <form onSubmit={agree} noValidate>
          <p>{t('lrs.explain', { host })}</p>
          {error && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('result.name')}</label>
            <input id={`${id}-name`} autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />
          </div>
          <label className="option">
            <input type="checkbox" checked={agreed} onChange={(event) => setAgreed(event.target.checked)} />
            <span>{t('lrs.agree', { host })}</span>
          </label>
          <p className="actions">
            <button type="submit" className="button">
              {t('lrs.send', { host })}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
