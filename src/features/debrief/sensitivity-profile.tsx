import { useTranslation } from 'react-i18next';
import { discriminationLevel, markingTendency, type AttemptScore } from '../../engine';

const SENTENCE = { high: 'profile.sensitivityHigh', mid: 'profile.sensitivityMid', low: 'profile.sensitivityLow' } as const;

/** A number with two decimals in the learner's language; never "-0,00". */
export function formatMeasure(value: number, language: string) {
  const rounded = Math.round(value * 100) / 100 + 0;
  return rounded.toLocaleString(language, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
}

// Where a value sits on a scale drawn 0–100 wide, clamped to its ends.
const position = (value: number, from: number, to: number) => Math.min(100, Math.max(0, ((value - from) / (to - from)) * 100));

/**
 * How the learner marks, in words first: how well they tell signals apart, and whether they mark
 * too little, in balance or too much; a small picture of both; d′ and c behind a disclosure.
 */
export function SensitivityProfile({ score }: { score: AttemptScore }) {
  const { t, i18n } = useTranslation('debrief');
  const level = discriminationLevel(score.dPrime);
  const bias = markingTendency(score.criterion);
  // Marking more moves right: c runs the other way.
  const scales = [
    { id: 'discrimination', words: t(`profile.level.${level}`), at: position(score.dPrime, 0, 3), ends: [t('profile.level.low'), t('profile.level.high')] },
    { id: 'tendency', words: t(`profile.bias.${bias}`), at: position(-score.criterion, -1.5, 1.5), ends: [t('profile.bias.conservative'), t('profile.bias.liberal')] },
  ] as const;
  return (
    <section aria-labelledby="profile-heading" className="profile">
      <h2 id="profile-heading">{t('profile.heading')}</h2>
      <dl className="profile-scales">
        {scales.map((scale) => (
          <div key={scale.id}>
            <dt>{t(`profile.${scale.id}`)}</dt>
            <dd>
              <strong>{scale.words}</strong>
              <svg className="profile-scale" viewBox="0 0 104 14" aria-hidden="true" focusable="false">
                <rect className="chart-track" x="2" y="5" width="100" height="4" rx="2" />
                {scale.id === 'tendency' && <line x1="52" x2="52" y1="2" y2="12" className="profile-middle" />}
                <circle className="chart-bar" cx={2 + scale.at} cy="7" r="5" />
              </svg>
              <span className="profile-ends" aria-hidden="true">
                <span>{scale.ends[0]}</span>
                <span>{scale.ends[1]}</span>
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <details>
        <summary>{t('profile.numbers')}</summary>
        <p>
          {t(SENTENCE[level])} {t(`profile.${bias}`)}
        </p>
        <ul>
          <li>{t('profile.dPrime', { value: formatMeasure(score.dPrime, i18n.language) })}</li>
          <li>{t('profile.criterion', { value: formatMeasure(score.criterion, i18n.language) })}</li>
        </ul>
        <p>{t('profile.numbersExplain')}</p>
      </details>
    </section>
  );
}
