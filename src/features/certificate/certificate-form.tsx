import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LEARNER_NAME_MAX } from '../../records';
import type { Locale, ScenarioId } from '../../engine';
import { normaliseName, type PassedAttempt } from './build-certificate';
import type { PassedAssignment } from './use-certificate-options';

export type CertificateRequest = { learner: string; passed: PassedAttempt[]; assignment?: PassedAssignment };

type Props = {
  passed: PassedAttempt[];
  assignments: PassedAssignment[];
  locale: Locale;
  preselect?: ScenarioId;
  busy: boolean;
  /** Characters of the name the certificate font cannot print, reported after a try. */
  unsupported: string[];
  onSubmit: (request: CertificateRequest) => void;
  /** Called when the name changes, so an earlier report about its characters can go. */
  onNameChange: () => void;
};

type NameError = 'nameRequired' | 'nameTooLong' | 'nameUnsupported';

/** Which passed vignettes go on the certificate, and the learner's name as they write it. */
export function CertificateForm({ passed, assignments, locale, preselect, busy, unsupported, onSubmit, onNameChange }: Props) {
  const { t } = useTranslation('certificate');
  const id = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const choices = useRef<HTMLFieldSetElement>(null);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => {
    const initial = preselect && passed.some((p) => p.scenario.id === preselect) ? [preselect] : passed.map((p) => p.scenario.id);
    return new Set(initial);
  });
  const [errors, setErrors] = useState<{ name?: NameError; choice?: boolean }>({});
  // What the certificate is for: self-paced vignettes, or one passed assignment (by its key).
  const [kind, setKind] = useState(() => (preselect || passed.length > 0 ? 'self' : (assignments[0]?.key ?? 'self')));
  const assignment = assignments.find((a) => a.key === kind);
  const nameError: NameError | undefined = errors.name ?? (unsupported.length > 0 ? 'nameUnsupported' : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const learner = normaliseName(name);
    const found: typeof errors = {
      ...(learner === '' ? { name: 'nameRequired' as const } : [...learner].length > LEARNER_NAME_MAX ? { name: 'nameTooLong' as const } : {}),
      ...(!assignment && chosen.size === 0 ? { choice: true } : {}),
    };
    setErrors(found);
    if (found.choice) choices.current?.querySelector('input')?.focus();
    else if (found.name) nameInput.current?.focus();
    else if (assignment) onSubmit({ learner, passed: assignment.passed, assignment });
    else onSubmit({ learner, passed: passed.filter((p) => chosen.has(p.scenario.id)) });
  };

  const toggle = (scenario: string) => {
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(scenario)) next.delete(scenario);
      else next.add(scenario);
      return next;
    });
  };

  return (
    <form className="certificate-form" onSubmit={submit} noValidate>
      {assignments.length > 0 && (
        <fieldset className="kinds">
          <legend>{t('kind')}</legend>
          {passed.length > 0 && (
            <label className="option">
              <input type="radio" name={`${id}-kind`} checked={kind === 'self'} onChange={() => setKind('self')} />
              <span>{t('kindSelfPaced')}</span>
            </label>
          )}
          {assignments.map((a) => (
            <label key={a.key} className="option">
              <input type="radio" name={`${id}-kind`} checked={kind === a.key} onChange={() => setKind(a.key)} />
              <span>
                {a.assignment.trainer
                  ? t('kindAssignmentBy', { title: a.assignment.title, trainer: a.assignment.trainer })
                  : t('kindAssignment', { title: a.assignment.title })}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {assignment ? (
        <div className="assignment-cases">
          <p>{t('assignmentCases', { passMark: assignment.assignment.passMark })}</p>
          <ul>
            {assignment.passed.map(({ scenario, score }) => (
              <li key={scenario.id}>{t('option', { title: scenario.text[locale].title, score })}</li>
            ))}
          </ul>
        </div>
      ) : (
        <fieldset ref={choices} className="choices" aria-describedby={errors.choice ? `${id}-choice-error` : undefined}>
          <legend>{t('choose')}</legend>
          {passed.map(({ scenario, score }) => (
            <label key={scenario.id} className="option">
              <input type="checkbox" checked={chosen.has(scenario.id)} onChange={() => toggle(scenario.id)} />
              <span>{t('option', { title: scenario.text[locale].title, score })}</span>
            </label>
          ))}
        </fieldset>
      )}
      {errors.choice && !assignment && (
        <p id={`${id}-choice-error`} className="field-error" role="alert">
          {t('chooseAtLeastOne')}
        </p>
      )}
      <p>
        <label className="field-label" htmlFor={`${id}-name`}>
          {t('name')}
        </label>
        <span id={`${id}-name-hint`} className="small">
          {t('nameHint')}
        </span>
        <input
          ref={nameInput}
          id={`${id}-name`}
          className="text-input"
          type="text"
          autoComplete="name"
          spellCheck={false}
          value={name}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={`${id}-name-hint${nameError ? ` ${id}-name-error` : ''}`}
          onChange={(event) => {
            setName(event.target.value);
            onNameChange();
            if (errors.name) setErrors(({ name: _name, ...rest }) => rest);
          }}
        />
      </p>
      {nameError && (
        <p id={`${id}-name-error`} className="field-error" role="alert">
          {t(nameError, { max: LEARNER_NAME_MAX, characters: unsupported.join(' ') })}
        </p>
      )}
      <p className="small">{t('language')}</p>
      <button type="submit" className="button" disabled={busy}>
        {t('download')}
      </button>
    </form>
  );
}
