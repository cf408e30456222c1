import { scenarioCodes } from '../../content';
import { useId, useRef, useState, type FormEvent } from 'react';
import { downloadFile } from '../../components/download-file';
import {
  assignmentDigest,
  cleanText,
  compactAttempt,
  learnerNameProblem,
  encodeResultCode,
  LEARNER_NAME_MAX,
  writeResultFile,
  type AssignmentScore,
} from '../../records';
import type { Scenario, ScenarioId } from '../../engine';
import type { AssignmentEntry } from '../../stores/assignment-store';
import { learnerNameError } from './learner-name-error';
import { useAssignmentStrings } from './use-assignment-strings';

type Props = { entry: AssignmentEntry; score: AssignmentScore; scenarios: ReadonlyMap<ScenarioId, Scenario> };

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'resultaat';

/**
 * The learner sends their results: a file with every attempt (the trainer recomputes the scores),
 * or a short code to paste where a file is impractical. The name is typed here and kept nowhere.
 */
export function ResultExport({ entry, score, scenarios }: Props) {
  const { t } = useAssignmentStrings();
  const id = useId();
  const nameField = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const codeField = useRef<HTMLTextAreaElement>(null);

  // The same check for the file and the code, so a name that fits one fits both.
  const validName = () => {
    const learner = cleanText(name);
    const error = learnerNameError(learnerNameProblem(learner), t);
    setNameError(error);
    if (error) nameField.current?.focus();
    return error ? null : learner;
  };

  const download = (event: FormEvent) => {
    event.preventDefault();
    const learner = validName();
    if (!learner) return;
    const text = writeResultFile({ learner, savedAt: new Date().toISOString(), signed: entry.signed, attempts: entry.attempts });
    downloadFile(`signaal-${slug(entry.signed.assignment.title)}-${slug(learner)}.json`, text);
    setStatus(t('result.downloaded'));
  };

  const showCode = async () => {
    const learner = validName();
    if (!learner) return;
    const attempts = score.vignettes.flatMap((v) => {
      const scenario = scenarios.get(v.scenarioId);
      return v.attempt && scenario ? [compactAttempt(scenario, v.attempt)] : [];
    });
    const assignment = entry.signed.assignment;
    setCode(encodeResultCode({ assignmentId: assignment.id, assignmentDigest: await assignmentDigest(entry.signed), learner, attempts }, scenarioCodes));
    setStatus('');
  };

  const copy = async () => {
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code);
      setStatus(t('result.copied'));
    } catch {
      codeField.current?.select();
      setStatus(t('result.copyYourself'));
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="result-export">
      <h2 id={`${id}-heading`}>{t('result.heading')}</h2>
      {!score.finished && <p className="notice notice-warning">{t('result.notFinished', { done: score.done, total: score.vignettes.length })}</p>}
      <p>{t('result.explain')}</p>
      <form onSubmit={download} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('result.name')}</label>
          <p id={`${id}-name-hint`} className="hint">
            {t('result.nameHint')}
          </p>
          {nameError && (
            <p id={`${id}-name-error`} className="field-error">
              {nameError}
            </p>
          )}
          <input
            ref={nameField}
            id={`${id}-name`}
            name="learner"
            autoComplete="name"
            value={name}
            maxLength={LEARNER_NAME_MAX + 20}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${id}-name-hint ${id}-name-error` : `${id}-name-hint`}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <p className="actions">
          <button type="submit" className="button">
            {t('result.download')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void showCode()}>
            {t('result.showCode')}
          </button>
        </p>
      </form>
      {code && (
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('result.code')}</label>
          <p id={`${id}-code-hint`} className="hint">
            {t('result.codeHint')}
          </p>
          <textarea ref={codeField} id={`${id}-code`} readOnly rows={3} value={code} aria-describedby={`${id}-code-hint`} className="code-field" />
          <p className="actions">
            <button type="button" className="button button-secondary" onClick={() => void copy()}>
              {t('result.copy')}
            </button>
          </p>
        </div>
      )}
      <p role="status" className="small">
        {status}
      </p>
    </section>
  );
}
