import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useFocusHeading } from '../../components/use-focus-heading';
import { packageConfig } from '../../content/package-config';
import { scoreAttempt, type AttemptRecord, type Scenario, type ScenarioId } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import { DecisionReview } from './decision-review';
import { FragmentList } from './fragment-list';
import { RouteList } from './route-list';
import { SensitivityProfile } from './sensitivity-profile';
import { NoAttempt } from './no-attempt';
import { useDebriefStrings } from './use-debrief-strings';
import { useLatestAttempt } from './use-latest-attempt';

type Props = {
  scenarioId: ScenarioId;
  playHref: string;
  backHref: string;
  reviewHref: string;
  /** Where a learner who passed gets a certificate for this vignette; none for assignments. */
  certificateHref?: string;
  onReplay: () => void;
  /** An assignment's own pass mark; otherwise the package's or the default. */
  passMark?: number;
};

/** The debrief of the latest attempt, with every score recomputed from the recorded answers. */
export function DebriefScreen(props: Props) {
  useDebriefStrings();
  const latest = useLatestAttempt(props.scenarioId);
  if (latest.status === 'loading') return <Loading />;
  if (latest.status === 'error') return <LoadError onRetry={latest.retry} />;
  if (latest.status === 'none') return <NoAttempt scenario={latest.scenario} playHref={props.playHref} />;
  return <Debrief {...props} scenario={latest.scenario} attempt={latest.attempt} />;
}

function Debrief({ scenario, attempt, backHref, reviewHref, certificateHref, onReplay, passMark }: Props & { scenario: Scenario; attempt: AttemptRecord }) {
  const { t, i18n } = useTranslation('debrief');
  const locale = toLocale(i18n.language);
  const text = scenario.text[locale];
  // An LMS package's pass mark is the one its LMS reports against.
  const score = scoreAttempt(scenario, attempt, passMark ?? packageConfig?.passMark ?? undefined);
  const heading = useFocusHeading<HTMLHeadingElement>(scenario.id);
  const by = (outcome: string) => score.fragments.filter((f) => f.outcome === outcome);
  const lists = [
    { id: 'caught', outcome: 'hit', empty: 'noneCaught' },
    { id: 'missed', outcome: 'miss', empty: 'noneMissed' },
    { id: 'falseAlarms', outcome: 'false-alarm', empty: 'noFalseAlarms' },
    { id: 'correctRejections', outcome: 'correct-rejection', empty: 'noCorrectRejections' },
  ] as const;
  return (
    <section className="debrief" aria-labelledby="debrief-heading">
      <h1 id="debrief-heading" ref={heading} tabIndex={-1}>
        {t('heading', { title: text.title })}
      </h1>
      <section aria-labelledby="result-heading" className={`result ${score.passed ? 'result-passed' : 'result-failed'}`}>
        <h2 id="result-heading">{t('result.heading')}</h2>
        <p className="result-score">{t('result.overall', { score: score.overall })}</p>
        <p className="result-verdict">
          <strong>{t(score.passed ? 'result.passed' : 'result.failed', { passMark: score.passMark })}</strong>
        </p>
        <ul>
          <li>{t('result.recognition', { score: Math.round(score.recognition) })}</li>
          {score.decision !== null && <li>{t('result.decision', { score: Math.round(score.decision) })}</li>}
        </ul>
        <p>{t('result.explain')}</p>
        <p>
          <a href={reviewHref}>{t('review.link')}</a>
        </p>
        {score.passed && certificateHref && (
          <p>
            <a className="button" href={certificateHref}>
              {t('certificateLink')}
            </a>
          </p>
        )}
      </section>
      <section aria-labelledby="signals-heading">
        <h2 id="signals-heading">{t('signalsHeading')}</h2>
        {lists.map((list) => (
          <FragmentList
            key={list.id}
            id={`list-${list.id}`}
            heading={t(list.id, { count: by(list.outcome).length })}
            empty={t(list.empty)}
            results={by(list.outcome)}
            text={text}
            locale={locale}
          />
        ))}
      </section>
      <SensitivityProfile score={score} />
      <DecisionReview decisions={score.decisions} text={text} />
      <section aria-labelledby="professional-heading">
        <h2 id="professional-heading">{t('professional')}</h2>
        <p>{text.debrief.professional}</p>
      </section>
      {text.debrief.partners && (
        <section aria-labelledby="partners-heading">
          <h2 id="partners-heading">{t('partners')}</h2>
          <dl className="partners">
            {text.debrief.partners.map((partner) => (
              <div key={partner.name}>
                <dt>{partner.name}</dt>
                <dd>{partner.role}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <section aria-labelledby="misconception-heading">
        <h2 id="misconception-heading">{t('misconception')}</h2>
        <p>{text.debrief.misconception}</p>
      </section>
      <section aria-labelledby="routes-heading">
        <h2 id="routes-heading">{t('routes')}</h2>
        <RouteList ids={scenario.routes} locale={locale} />
        <p className="notice">{t('support')}</p>
      </section>
      <p className="actions">
        <button type="button" className="button" onClick={onReplay}>
          {t('again')}
        </button>
        <a className="button button-secondary" href={backHref}>
          {t('backToCatalogue')}
        </a>
      </p>
    </section>
  );
}
