import { useId, useState } from 'react';
import { cleanText } from '../../records';
import { EXPECTED_MAX, useTrainerStore } from '../../stores/trainer-store';
import { missingLearners, type LearnerRow } from './learner-rows';
import { useTrainerStrings } from './use-trainer-strings';

/** Names as typed, one per line (or separated by semicolons), cleaned and without repeats. */
export const parseNames = (text: string) => [...new Set(text.split(/[\n;]+/).map(cleanText).filter(Boolean))].slice(0, EXPECTED_MAX);

/** The optional list of expected participants, and who of them has sent nothing yet. */
export function ExpectedPanel({ assignmentId, expected, rows }: { assignmentId: string; expected: readonly string[]; rows: readonly LearnerRow[] }) {
  const { t } = useTrainerStrings();
  const id = useId();
  const setExpected = useTrainerStore((s) => s.setExpected);
  const [text, setText] = useState(expected.join('\n'));
  const [status, setStatus] = useState('');
  const missing = missingLearners(expected, rows);
  return (
    <section aria-labelledby={`${id}-heading`} className="expected-panel">
      <h2 id={`${id}-heading`}>{t('expected.heading')}</h2>
      {expected.length > 0 &&
        (missing.length === 0 ? (
          <p className="notice notice-ok">{t('expected.allIn', { count: expected.length })}</p>
        ) : (
          <div className="notice">
            <p>{t('expected.missing', { count: missing.length, total: expected.length })}</p>
            <ul className="missing-list">
              {missing.map((name) => (
                <li key={name}>
                  <bdi>{name}</bdi>
                </li>
              ))}
            </ul>
          </div>
        ))}
      <details open={expected.length === 0}>
        <summary>{t(expected.length === 0 ? 'expected.add' : 'expected.edit')}</summary>
        <div className="field">
          <label htmlFor={`${id}-names`}>{t('expected.names')}</label>
          <p id={`${id}-hint`} className="hint">
            {t('expected.hint')}
          </p>
          <textarea id={`${id}-names`} rows={5} value={text} aria-describedby={`${id}-hint`} onChange={(event) => setText(event.target.value)} />
        </div>
        <p className="actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              const names = parseNames(text);
              setExpected(assignmentId, names);
              setText(names.join('\n'));
              setStatus(t('expected.saved', { count: names.length }));
            }}
          >
            {t('expected.save')}
          </button>
        </p>
        <p role="status" className="small">
          {status}
        </p>
      </details>
    </section>
  );
}
