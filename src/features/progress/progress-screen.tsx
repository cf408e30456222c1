import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { paths } from '../../components/paths';
import { useFocusHeading } from '../../components/use-focus-heading';
import { catalogue } from '../../content';
import { findIndicator, taxonomy } from '../../content/reference';
import { signalCategories } from '../../content/signal-categories';
import { buildProfile, discriminationLevel, markingTendency, suggestNext, type Locale, type SignalProfile } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import { unknownAttempts, useProgressStore } from '../../stores/progress-store';
import { CategoryChart } from './category-chart';
import { ProgressData } from './progress-data';
import { useLatestAttempts } from './use-latest-attempts';
import { useProgressStrings } from './use-progress-strings';

type Props = { focusOnMount: boolean; onErased: () => void };

/** The learner's own overview: finished vignettes, signal profile, what next, and their data. */
export function ProgressScreen({ focusOnMount, onErased }: Props) {
  const { t, i18n } = useProgressStrings();
  const locale = toLocale(i18n.language);
  const heading = useFocusHeading<HTMLHeadingElement>('progress', focusOnMount);
  const latest = useLatestAttempts();
  const keptUnknown = useProgressStore((s) => unknownAttempts(s).length);
  return (
    <section aria-labelledby="progress-heading">
      <h1 id="progress-heading" ref={heading} tabIndex={-1}>
        {t('heading')}
      </h1>
      <p className="lead">{t('intro')}</p>
      {latest.status === 'loading' && <Loading label={t('loading')} />}
      {latest.status === 'error' && <LoadError onRetry={() => window.location.reload()} />}
      {keptUnknown > 0 && (
        <div className="notice">
          <p>{t('keptUnknown', { count: keptUnknown })}</p>
        </div>
      )}
      {latest.status === 'ready' && latest.entries.length === 0 && (
        <div className="notice">
          <p>{t('empty')}</p>
          <p>
            <a href={paths.home()}>{t('emptyLink')}</a>
          </p>
        </div>
      )}
      {latest.status === 'ready' && latest.entries.length > 0 && (
        <Overview profile={buildProfile(latest.entries, (id) => findIndicator(id)?.category ?? 'setting')} locale={locale} />
      )}
      <ProgressData onErased={onErased} />
    </section>
  );
}

const SENSITIVITY_KEY = { high: 'sensitivityHigh', mid: 'sensitivityMid', low: 'sensitivityLow' } as const;

function Overview({ profile, locale }: { profile: SignalProfile; locale: Locale }) {
  const { t } = useTranslation(['progress', 'debrief', 'common']);
  const nameOf = (category: string) => taxonomy.categories[locale][category as 'control'] ?? category;
  const weakest = profile.categories[0];
  const suggestions = suggestNext(
    catalogue.map((entry) => ({ ...entry, signalCategories: signalCategories[entry.id] ?? {} })),
    profile,
  );
  const dPrimeKey = SENSITIVITY_KEY[discriminationLevel(profile.dPrime)];
  const biasKey = markingTendency(profile.criterion);
  return (
    <>
      <section aria-labelledby="completed-heading">
        <h2 id="completed-heading">{t('completedHeading')}</h2>
        <ul className="cards" role="list">
          {profile.attempts.map(({ scenario, score }) => (
            <li key={scenario.id} className="card">
              <h3 className="card-title">{scenario.text[locale].title}</h3>
              <p className="card-meta">
                {t('score', { score: score.overall })} · {t(score.passed ? 'passed' : 'failed')}
              </p>
              <p className="card-actions">
                <a href={paths.debrief(scenario.id)}>{t('debriefLink')}</a>
                <a href={paths.review(scenario.id)}>{t('reviewLink')}</a>
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('profile.heading')}</h2>
        <p>{t('profile.basis', { count: profile.attempts.length })}</p>
        {profile.attempts.length === 1 && <p className="small">{t('profile.fewNote')}</p>}
        <ul>
          <li>
            {t('debrief:profile.dPrime', { value: profile.dPrime.toLocaleString(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }) })}:{' '}
            {t(`debrief:profile.${dPrimeKey}`)}
          </li>
          <li>
            {t('debrief:profile.criterion', { value: profile.criterion.toLocaleString(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }) })}:{' '}
            {t(`debrief:profile.${biasKey}`)}
          </li>
        </ul>
        <CategoryChart categories={profile.categories} nameOf={nameOf} />
        <p>{weakest && weakest.misses > 0 ? t('profile.weakest', { category: nameOf(weakest.category) }) : t('profile.allCaught')}</p>
      </section>
      <section aria-labelledby="suggestions-heading">
        <h2 id="suggestions-heading">{t('suggestions.heading')}</h2>
        {suggestions.length === 0 ? (
          <p>{t('suggestions.done')}</p>
        ) : (
          <>
            <p>{t('suggestions.intro')}</p>
            <ul>
              {suggestions.map((s) => (
                <li key={s.id}>
                  <a href={paths.play(s.id)}>
                    {t('suggestions.item', { title: s.title[locale], sector: t(`common:sector.${s.sector}.name`), minutes: s.minutes })}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
