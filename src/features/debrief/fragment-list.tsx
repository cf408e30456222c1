import { useTranslation } from 'react-i18next';
import { findIndicator } from '../../content/reference';
import type { FragmentResult, Locale, ScenarioText } from '../../engine';

type Props = {
  id: string;
  heading: string;
  empty: string;
  results: FragmentResult[];
  text: ScenarioText;
  locale: Locale;
};

const fragmentText = (text: ScenarioText, result: FragmentResult) =>
  text.scenes[result.scene]?.body
    .flat()
    .find((s) => s.kind === 'fragment' && s.fragment === result.fragment)?.text ?? '';

/** One group of the debrief (caught, missed, wrongly flagged…): each fragment with its explanation. */
export function FragmentList({ id, heading, empty, results, text, locale }: Props) {
  const { t } = useTranslation('debrief');
  return (
    <section aria-labelledby={id} className={`outcome outcome-${results[0]?.outcome ?? 'none'}`}>
      <h3 id={id}>{heading}</h3>
      {results.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="outcome-list">
          {results.map((result) => {
            const indicator = result.indicator ? findIndicator(result.indicator) : undefined;
            return (
              <li key={result.fragment}>
                <q>{fragmentText(text, result)}</q>
                <p className="outcome-tag">
                  {indicator ? t('indicator', { name: indicator.text[locale].name }) : t('notASignal')}
                </p>
                <p>{text.fragments[result.fragment]}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
