import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { today } from '../../components/format-date';
import { paths } from '../../components/paths';
import { useFocusHeading } from '../../components/use-focus-heading';
import { ASSIGNMENT_LIMITS, FEEDBACK_MODES, MIN_PASS_MARK } from '../../records';
import { DEFAULT_PASS_MARK, LOCALES } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import { useTrainerStore } from '../../stores/trainer-store';
import { FORM_FIELDS, signAssignment, unprintableIn, validateForm, type AssignmentForm, type FormErrors, type FormField } from './assignment-form';
import { go } from './go';
import { probeLrs } from './lrs-client';
import { KeyProblem } from './key-panel';
import { useTrainerKey } from './use-trainer-key';
import { useTrainerStrings } from './use-trainer-strings';
import { VignettePicker } from './vignette-picker';

/** The assignment builder: every field validated at once, then signed in this browser and saved. */
export function AssignmentBuilder({ focusOnMount }: { focusOnMount: boolean }) {
  const { t, i18n } = useTrainerStrings();
  const locale = toLocale(i18n.language);
  const id = useId();
  const heading = useFocusHeading<HTMLHeadingElement>('builder', focusOnMount);
  const { state: key, retry } = useTrainerKey();
  const save = useTrainerStore((s) => s.save);
  const summary = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState<AssignmentForm>({
    title: '',
    scenarios: [],
    passMark: String(DEFAULT_PASS_MARK),
    feedback: 'end',
    due: '',
    trainer: '',
    organisation: '',
    locale,
    lrsEndpoint: '',
    lrsKey: '',
    lrsSecret: '',
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [checking, setChecking] = useState(false);
  const set = <K extends keyof AssignmentForm>(field: K, value: AssignmentForm[K]) => setForm((f) => ({ ...f, [field]: value }));
  const message = (field: FormField) => {
    const error = errors[field];
    if (!error) return undefined;
    const value = field === 'title' || field === 'trainer' || field === 'organisation' ? form[field] : '';
    return t(`builder.error.${error}`, { min: MIN_PASS_MARK, characters: unprintableIn(value).join(' ') });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateForm(form, today());
    if ('errors' in result) {
      setErrors(result.errors);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setErrors({});
    if (key.status !== 'ready') return;
    setBusy(true);
    // A credential that could read every result never goes into a link.
    const { lrs } = result.assignment;
    if (lrs) {
      setChecking(true);
      const probe = await probeLrs(lrs.endpoint, lrs.auth);
      setChecking(false);
      if (probe !== 'write-only') {
        setBusy(false);
        setErrors({ lrsEndpoint: `lrs-${probe}` });
        requestAnimationFrame(() => summary.current?.focus());
        return;
      }
    }
    const made = await signAssignment(key.key, result.assignment);
    save(made);
    go(paths.trainerAssignment(made.signed.assignment.id));
  };

  const fieldError = (field: FormField) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {message(field)}
      </p>
    ) : null;
  const described = (field: FormField, hint?: boolean) =>
    [hint ? `${id}-${field}-hint` : '', errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const invalid = (field: FormField) => (errors[field] ? true : undefined);

  return (
    <section aria-labelledby="builder-heading" className="builder">
      <p>
        <a href={paths.trainer()}>{t('builder.back')}</a>
      </p>
      <h1 id="builder-heading" ref={heading} tabIndex={-1}>
        {t('builder.heading')}
      </h1>
      <p className="lead">{t('builder.intro')}</p>
      {key.status === 'error' && <KeyProblem reason={key.reason} onRetry={retry} />}
      {Object.keys(errors).length > 0 && (
        <div ref={summary} tabIndex={-1} className="notice notice-error error-summary" role="alert" aria-labelledby={`${id}-summary`}>
          <h2 id={`${id}-summary`}>{t('builder.errorSummary')}</h2>
          <ul>
            {FORM_FIELDS.filter((f) => errors[f]).map((field) => (
              <li key={field}>
                <a
                  href={`#field-${field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(`field-${field}`)?.focus();
                  }}
                >
                  {message(field)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('builder.title')} htmlFor="field-title">
          {fieldError('title')}
          <input
            id="field-title"
            value={form.title}
            maxLength={ASSIGNMENT_LIMITS.title + 20}
            aria-invalid={invalid('title')}
            aria-describedby={described('title')}
            onChange={(e) => set('title', e.target.value)}
          />
        </Field>
        <VignettePicker selected={form.scenarios} onChange={(s) => set('scenarios', s)} locale={locale} error={message('scenarios')} />
        <Field label={t('builder.passMark')} htmlFor="field-passMark">
          <p id={`${id}-passMark-hint`} className="hint">
            {t('builder.passMarkHint', { min: MIN_PASS_MARK })}
          </p>
          {fieldError('passMark')}
          <input
            id="field-passMark"
            className="narrow-input"
            inputMode="numeric"
            value={form.passMark}
            aria-invalid={invalid('passMark')}
            aria-describedby={described('passMark', true)}
            onChange={(e) => set('passMark', e.target.value)}
          />
        </Field>
        <fieldset className="radio-group">
          <legend>{t('builder.feedback')}</legend>
          {FEEDBACK_MODES.map((mode) => (
            <label key={mode} className="option">
              <input type="radio" name={`${id}-feedback`} checked={form.feedback === mode} onChange={() => set('feedback', mode)} />
              <span>{t(`builder.feedbackMode.${mode}`)}</span>
            </label>
          ))}
        </fieldset>
        <Field label={t('builder.due')} htmlFor="field-due">
          <p id={`${id}-due-hint`} className="hint">
            {t('builder.dueHint')}
          </p>
          {fieldError('due')}
          <input
            id="field-due"
            type="date"
            className="narrow-input"
            value={form.due}
            min={today()}
            aria-invalid={invalid('due')}
            aria-describedby={described('due', true)}
            onChange={(e) => set('due', e.target.value)}
          />
        </Field>
        <Field label={t('builder.trainer')} htmlFor="field-trainer">
          <p id={`${id}-trainer-hint`} className="hint">
            {t('builder.trainerHint')}
          </p>
          {fieldError('trainer')}
          <input
            id="field-trainer"
            autoComplete="name"
            value={form.trainer}
            aria-invalid={invalid('trainer')}
            aria-describedby={described('trainer', true)}
            onChange={(e) => set('trainer', e.target.value)}
          />
        </Field>
        <Field label={t('builder.organisation')} htmlFor="field-organisation">
          {fieldError('organisation')}
          <input
            id="field-organisation"
            autoComplete="organization"
            value={form.organisation}
            aria-invalid={invalid('organisation')}
            aria-describedby={described('organisation')}
            onChange={(e) => set('organisation', e.target.value)}
          />
        </Field>
        <fieldset>
          <legend>{t('builder.lrs')}</legend>
          <p className="hint">{t('builder.lrsIntro')}</p>
          <Field label={t('builder.lrsEndpoint')} htmlFor="field-lrsEndpoint">
            <p id={`${id}-lrsEndpoint-hint`} className="hint">
              {t('builder.lrsEndpointHint')}
            </p>
            {fieldError('lrsEndpoint')}
            <input
              id="field-lrsEndpoint"
              type="url"
              inputMode="url"
              value={form.lrsEndpoint}
              aria-invalid={invalid('lrsEndpoint')}
              aria-describedby={described('lrsEndpoint', true)}
              onChange={(e) => set('lrsEndpoint', e.target.value)}
            />
          </Field>
          <Field label={t('builder.lrsKey')} htmlFor="field-lrsKey">
            <p id={`${id}-lrsKey-hint`} className="hint">
              {t('builder.lrsKeyHint')}
            </p>
            {fieldError('lrsKey')}
            <input
              id="field-lrsKey"
              autoComplete="off"
              value={form.lrsKey}
              aria-invalid={invalid('lrsKey')}
              aria-describedby={described('lrsKey', true)}
              onChange={(e) => set('lrsKey', e.target.value)}
            />
          </Field>
          <Field label={t('builder.lrsSecret')} htmlFor="field-lrsSecret">
            <input id="field-lrsSecret" type="password" autoComplete="off" value={form.lrsSecret} onChange={(e) => set('lrsSecret', e.target.value)} />
          </Field>
        </fieldset>
        <fieldset className="radio-group">
          <legend>{t('builder.language')}</legend>
          {LOCALES.map((l) => (
            <label key={l} className="option">
              <input type="radio" name={`${id}-locale`} checked={form.locale === l} onChange={() => set('locale', l)} />
              <span lang={l}>{t(`builder.languageName.${l}`)}</span>
            </label>
          ))}
        </fieldset>
        <p className="actions">
          <button type="submit" className="button" disabled={busy || key.status !== 'ready'}>
            {checking ? t('builder.checkingLrs') : busy ? t('builder.signing') : t('builder.submit')}
          </button>
        </p>
      </form>
    </section>
  );
}

function Field({ label, htmlFor, children }: { label: string; htmlFor: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  );
}
