import { useId, useState } from 'react';
import { catalogue } from '../../content';
import { FORMS, SECTORS, type ExploitationForm, type Locale, type ScenarioId, type Sector } from '../../engine';
import { useTrainerStrings } from './use-trainer-strings';

type Props = {
  selected: readonly ScenarioId[];
  onChange: (selected: ScenarioId[]) => void;
  locale: Locale;
  error?: string | undefined;
};

/** Choosing the vignettes: filter by sector and form of exploitation, tick the ones to assign. */
export function VignettePicker({ selected, onChange, locale, error }: Props) {
  const { t } = useTrainerStrings();
  const id = useId();
  const [sector, setSector] = useState<Sector | 'all'>('all');
  const [form, setForm] = useState<ExploitationForm | 'all'>('all');
  const shown = catalogue.filter((s) => (sector === 'all' || s.sector === sector) && (form === 'all' || s.form === form));
  const chosen = new Set(selected);
  // Keep the catalogue's order, whatever order the boxes were ticked in.
  const inOrder = (ids: Set<ScenarioId>) => catalogue.filter((s) => ids.has(s.id)).map((s) => s.id);
  const toggle = (scenario: ScenarioId) => {
    const next = new Set(chosen);
    if (next.has(scenario)) next.delete(scenario);
    else next.add(scenario);
    onChange(inOrder(next));
  };
  const minutes = catalogue.filter((s) => chosen.has(s.id)).reduce((sum, s) => sum + s.minutes, 0);
  return (
    <fieldset id="field-scenarios" className="vignette-picker" aria-describedby={error ? `${id}-error` : undefined} tabIndex={-1}>
      <legend>{t('builder.vignettes')}</legend>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-sector`}>{t('builder.filterSector')}</label>
          <select id={`${id}-sector`} value={sector} onChange={(e) => setSector(e.target.value as Sector | 'all')}>
            <option value="all">{t('builder.allSectors')}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`sector.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-form`}>{t('builder.filterForm')}</label>
          <select id={`${id}-form`} value={form} onChange={(e) => setForm(e.target.value as ExploitationForm | 'all')}>
            <option value="all">{t('builder.allForms')}</option>
            {FORMS.map((f) => (
              <option key={f} value={f}>
                {t(`form.${f}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="notice">{t('builder.noneShown')}</p>
      ) : (
        <ul className="checkbox-list">
          {shown.map((s) => (
            <li key={s.id}>
              <label className="option">
                <input type="checkbox" checked={chosen.has(s.id)} onChange={() => toggle(s.id)} />
                <span>
                  <strong>{s.title[locale]}</strong>
                  <span className="small">
                    {' '}
                    · {t(`sector.${s.sector}`)} · {t(`form.${s.form}`)} · {t('builder.minutes', { count: s.minutes })}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <p className="actions">
        <button type="button" className="button button-secondary" onClick={() => onChange(inOrder(new Set([...chosen, ...shown.map((s) => s.id)])))}>
          {t('builder.selectShown')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange(inOrder(new Set([...chosen].filter((c) => !shown.some((s) => s.id === c)))))}
        >
          {t('builder.clearShown')}
        </button>
      </p>
      <p className="small" aria-live="polite">
        {t('builder.chosenCount', { count: chosen.size, minutes })}
      </p>
    </fieldset>
  );
}
