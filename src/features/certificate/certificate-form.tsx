import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanText, learnerNameProblem } from '../../records';
import { unprintableCharacters } from '../../integrations/pdf/font/certificate-ranges';
import { assessCourse, type Locale, type ScenarioId } from '../../engine';
import type { CertifiedVignette } from './build-certificate';
import type { PassedAssignment } from './use-certificate-options';

export type CertificateRequest = { learner: string; vignettes: CertifiedVignette[]; assignment?: PassedAssignment };

type Props = {
  selfPaced: CertifiedVignette[];
  assignments: PassedAssignment[];
  passMark: number;
  locale: Locale;
  preselect?: ScenarioId;
  busy: boolean;
  onSubmit: (request: CertificateRequest) => void;
};

/** Why a name cannot go on a certificate, with what the message needs. */
export function certificateNameError(name: string) {
  const problem = learnerNameProblem(name);
  if (problem?.kind === 'required') return { key: 'nameRequired', values: {} } as const;
  if (problem?.kind === 'too-long') return { key: 'nameTooLong', values: { max: problem.max } } as const;
  const unprintable = unprintableCharacters(name);
  if (unprintable.length > 0) return { key: 'nameUnsupported', values: { characters: unprintable.join(' ') } } as const;
  return undefined;
}

/** Which vignettes go on the certificate, and the learner's name as they write it. */
export function CertificateForm({ selfPaced, assignments, passMark, locale, preselect, busy, onSubmit }: Props) {
  const { t } = useTranslation('certificate');
  const id = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const choices = useRef<HTMLFieldSetElement>(null);
  const [name, setName] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => {
    const passing = selfPaced.filter((v) => v.score >= passMark).map((v) => v.scenario.id);
    return new Set(preselect && selfPaced.some((v) => v.scenario.id === preselect) ? [preselect] : passing);
  });
  // What the certificate is for: self-paced vignettes, or one passed assignment (by its key).
  const [kind, setKind] = useState(() => (preselect || selfPaced.length > 0 ? 'self' : (assignments[0]?.key ?? 'self')));
  const assignment = assignments.find((a) => a.key === kind);
  const learner = cleanText(name);
  // Unprintable characters are said as they are typed; a missing name only after a try.
  const nameError = certificateNameError(learner);
  const shownNameError = nameError && (submitted || nameError.key === 'nameUnsupported' || nameError.key === 'nameTooLong') ? nameError : undefined;
  const picked = selfPaced.filter((v) => chosen.has(v.scenario.id));
  const course = assessCourse(
    picked.map((v) => v.scenario.id),
    (scenario) => picked.find((v) => v.scenario.id === scenario)?.score,
    passMark,
  );
  const choiceError = !assignment && submitted ? (picked.length === 0 ? 'chooseAtLeastOne' : course.passed ? undefined : 'chosenBelowMark') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const choiceProblem = !assignment && (picked.length === 0 || !course.passed);
    if (choiceProblem) choices.current?.querySelector('input')?.focus();
    else if (nameError) nameInput.current?.focus();
    else if (assignment) onSubmit({ learner, vignettes: assignment.vignettes, assignment });
    else onSubmit({ learner, vignettes: picked });
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
          {selfPaced.length > 0 && (
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
          <p>{t('assignmentCases', { passMark: assignment.assignment.passMark, score: assignment.score.overall ?? 0 })}</p>
          <ul>
            {assignment.vignettes.map(({ scenario, score }) => (
              <li key={scenario.id}>{t('option', { title: scenario.text[locale].title, score })}</li>
            ))}
          </ul>
        </div>
      ) : (
        <fieldset
          ref={choices}
          className="choices"
          aria-describedby={`${id}-mean${choiceError ? ` ${id}-choice-error` : ''}`}
        >
          <legend>{t('choose', { passMark })}</legend>
          {selfPaced.map(({ scenario, score }) => (
            <label key={scenario.id} className="option">
              <input type="checkbox" checked={chosen.has(scenario.id)} onChange={() => toggle(scenario.id)} />
              <span>{t('option', { title: scenario.text[locale].title, score })}</span>
            </label>
          ))}
          <p id={`${id}-mean`} className="small" aria-live="polite">
            {course.score === null
              ? t('meanNone')
              : t(course.passed ? 'meanPasses' : 'meanBelow', { score: course.score, passMark })}
          </p>
        </fieldset>
      )}
      {choiceError && (
        <p id={`${id}-choice-error`} className="field-error" role="alert">
          {t(choiceError, { passMark, score: course.score ?? 0 })}
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
          aria-invalid={shownNameError ? true : undefined}
          aria-describedby={`${id}-name-hint ${id}-name-error`}
          onChange={(event) => setName(event.target.value)}
        />
      </p>
      <p id={`${id}-name-error`} className={shownNameError ? 'field-error' : 'visually-hidden'} aria-live="polite">
        {shownNameError ? t(shownNameError.key, { max: 0, characters: '', ...shownNameError.values }) : ''}
      </p>
      <p className="small">{t('language')}</p>
      <button type="submit" className="button" disabled={busy}>
        {t('download')}
      </button>
    </form>
  );
}
