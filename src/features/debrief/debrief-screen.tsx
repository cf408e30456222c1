import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useFocusHeading } from '../../components/use-focus-heading';
import { packageConfig } from '../../content/package-config';
import { scoreAttempt, type AttemptRecord, type AttemptScore, type Scenario, type ScenarioId } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import { AnnotatedStory } from './annotated-story';
import { NoAttempt } from './no-attempt';
import { RouteList } from './route-list';
import { SensitivityProfile } from './sensitivity-profile';
import { Takeaways } from './takeaways';
import { useDebriefStrings } from './use-debrief-strings';
import { useLatestAttempt } from './use-latest-attempt';
import { VignetteSources } from './vignette-sources';

type Props = {
  scenarioId: ScenarioId;
  playHref: string;
  backHref: string;
  /** Where a learner who passed an assessment gets a certificate for this vignette. */
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

// "You saw 4 of the 8 signals; twice you marked something that is not a signal on its own."
function Counts({ score }: { score: AttemptScore }) {
  const { t } = useTranslation('debrief');
  const { signals, distractors, neutrals } = score.tallies;
  const wrong = distractors.marked + neutrals.marked;
  const values = { hits: signals.marked, signals: signals.total, count: wrong };
  return (
    <p className="lead">
      {t(wrong === 0 ? 'countsNone' : 'counts', values)}
      {neutrals.marked > 0 && ` ${t('countsBackground', { count: neutrals.marked })}`}
    </p>
  );
}

/**
 * One screen that teaches: the counts in words and the score, at most three takeaways, how the
 * learner marks, then the story of their route annotated in place, what a professional does, the
 * vignette's sources and where to turn.
 */
function Debrief({ scenario, attempt, backHref, certificateHref, onReplay, passMark }: Props & { scenario: Scenario; attempt: AttemptRecord }) {
  const { t, i18n } = useTranslation('debrief');
  const locale = toLocale(i18n.language);
  const text = scenario.text[locale];
  // An LMS package's pass mark is the one its LMS reports against.
  const score = scoreAttempt(scenario, attempt, passMark ?? packageConfig?.passMark ?? undefined);
  const heading = useFocusHeading<HTMLHeadingElement>(scenario.id);
  return (
    <section className="debrief" aria-labelledby="debrief-heading">
      <h1 id="debrief-heading" ref={heading} tabIndex={-1}>
        {t('heading', { title: text.title })}
      </h1>
      <Counts score={score} />
      <div className={`result ${score.passed ? 'result-passed' : 'result-not-yet'}`}>
        <p className="result-score">
          <span>{t('result.overall', { score: score.overall })}</span>{' '}
          <span className="result-verdict">{t(score.passed ? 'result.passed' : 'result.failed', { passMark: score.passMark })}</span>
        </p>
        <p>{t(attempt.mode === 'practice' ? 'result.practice' : 'result.assessment')}</p>
        <details>
          <summary>{t('result.how')}</summary>
          <ul>
            <li>{t('result.recognition', { score: Math.round(score.recognition) })}</li>
            {score.decision !== null && <li>{t('result.decision', { score: Math.round(score.decision) })}</li>}
          </ul>
          <p>{t(score.rules === 1 ? 'result.explainRules1' : 'result.explain')}</p>
        </details>
        {score.passed && attempt.mode === 'assessment' && certificateHref && (
          <p>
            <a className="button" href={certificateHref}>
              {t('certificateLink')}
            </a>
          </p>
        )}
      </div>
      <Takeaways scenario={scenario} score={score} text={text} locale={locale} />
      <SensitivityProfile score={score} />
      <AnnotatedStory scenario={scenario} attempt={attempt} text={text} locale={locale} />
      <details className="more">
        <summary>{t('professional')}</summary>
        <p>{text.debrief.professional}</p>
      </details>
      {text.debrief.partners && (
        <details className="more">
          <summary>{t('partners')}</summary>
          <dl className="partners">
            {text.debrief.partners.map((partner) => (
              <div key={partner.name}>
                <dt>{partner.name}</dt>
                <dd>{partner.role}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <details className="more">
        <summary>{t('misconception')}</summary>
        <p>{text.debrief.misconception}</p>
      </details>
      <VignetteSources keys={scenario.sources} />
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
