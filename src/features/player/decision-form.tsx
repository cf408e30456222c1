import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionOption, OptionId, SceneText } from '../../engine';

type Props = { options: DecisionOption[]; text: SceneText; onChoose: (option: OptionId) => void };

/** A decision: one question, one choice among the options, confirmed with a button. */
export function DecisionForm({ options, text, onChoose }: Props) {
  const { t } = useTranslation('player');
  const name = useId();
  const [selected, setSelected] = useState<OptionId | null>(null);
  const [showError, setShowError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected) onChoose(selected);
    else setShowError(true);
  };
  return (
    <form className="decision" onSubmit={submit} noValidate>
      <fieldset aria-describedby={showError ? `${name}-error` : undefined}>
        <legend>{text.question}</legend>
        {options.map((option) => (
          <label key={option.id} className="option">
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={selected === option.id}
              onChange={() => {
                setSelected(option.id);
                setShowError(false);
              }}
            />
            <span>{text.options?.[option.id]?.label}</span>
          </label>
        ))}
      </fieldset>
      {showError && (
        <p id={`${name}-error`} className="field-error" role="alert">
          {t('decision.required')}
        </p>
      )}
      <button type="submit" className="button">
        {t('decision.confirm')}
      </button>
    </form>
  );
}
