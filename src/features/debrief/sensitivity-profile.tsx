import { useTranslation } from 'react-i18next';
import type { AttemptScore } from '../../engine';

// Thresholds follow the usual reading of d′ (about 1 fair, 2 good) and treat |c| < 0.25 as
// balanced; they only choose which plain-language sentence a learner reads.
const sensitivityKey = (dPrime: number) =>
  dPrime >= 1.5 ? 'profile.sensitivityHigh' : dPrime >= 0.75 ? 'profile.sensitivityMid' : 'profile.sensitivityLow';
const biasKey = (criterion: number) =>
  criterion < -0.25 ? 'profile.liberal' : criterion > 0.25 ? 'profile.conservative' : 'profile.balanced';

/** d′ and c for this attempt, each with a sentence in plain words. */
export function SensitivityProfile({ score }: { score: AttemptScore }) {
  const { t, i18n } = useTranslation('debrief');
  const format = (value: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profile.heading')}</h2>
      <ul>
        <li>
          {t('profile.dPrime', { value: format(score.dPrime) })}: {t(sensitivityKey(score.dPrime))}
        </li>
        <li>
          {t('profile.criterion', { value: format(score.criterion) })}: {t(biasKey(score.criterion))}
        </li>
      </ul>
    </section>
  );
}
