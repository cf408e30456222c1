import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useFocusHeading } from '../../components/use-focus-heading';
import { findIndicator } from '../../content/reference';
import { scoreAttempt, type AttemptRecord, type Outcome, type Scenario, type ScenarioId } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import { NoAttempt } from './no-attempt';
import { useDebriefStrings } from './use-debrief-strings';
import { useLatestAttempt } from './use-latest-attempt';

type Props = { scenarioId: ScenarioId; debriefHref: string; playHref: string };

/** The story of the learner's route again, with every fragment marked by what they did with it. */
export function ReviewScreen(props: Props) {
  useDebriefStrings();
  const latest = useLatestAttempt(props.scenarioId);
  if (latest.status === 'loading') return <Loading />;
  if (latest.status === 'error') return <LoadError onRetry={latest.retry} />;
  if (latest.status === 'none') return <NoAttempt scenario={latest.scenario} playHref={props.playHref} />;
  return <Review scenario={latest.scenario} attempt={latest.attempt} debriefHref={props.debriefHref} />;
}

const OUTCOMES: Outcome[] = ['miss', 'hit', 'false-alarm', 'correct-rejection'];

function Review({ scenario, attempt, debriefHref }: { scenario: Scenario; attempt: AttemptRecord; debriefHref: string }) {
  const { t, i18n } = useTranslation('debrief');
  const locale = toLocale(i18n.language);
  const text = scenario.text[locale];
  const score = scoreAttempt(scenario, attempt);
  const outcomeOf = new Map(score.fragments.map((f) => [f.fragment, f]));
  const heading = useFocusHeading<HTMLHeadingElement>(scenario.id);
  const scenes = attempt.path.flatMap((id) => {
    const scene = scenario.scenes.find((s) => s.id === id);
    return scene ? [scene] : [];
  });
  const noteNumbers = new Map(
    scenes
      .flatMap((scene) => text.scenes[scene.id]?.body.flat() ?? [])
      .flatMap((segment) => (segment.kind === 'fragment' && outcomeOf.has(segment.fragment) ? [segment.fragment] : []))
      .map((fragment, i) => [fragment, i + 1] as const),
  );
  return (
    <article className="review" aria-labelledby="review-heading">
      <p>
        <a href={debriefHref}>{t('review.back')}</a>
      </p>
      <h1 id="review-heading" ref={heading} tabIndex={-1}>
        {t('review.heading', { title: text.title })}
      </h1>
      <p className="lead">{t('review.intro')}</p>
      <section aria-labelledby="legend-heading" className="legend">
        <h2 id="legend-heading" className="small-heading">
          {t('review.legend')}
        </h2>
        <ul>
          {OUTCOMES.map((outcome) => (
            <li key={outcome}>
              <span className={`mark mark-${outcome}`}>{t(`review.${outcome}`)}</span>
            </li>
          ))}
        </ul>
      </section>
      {scenes.map((scene) => {
        const sceneText = text.scenes[scene.id];
        if (!sceneText) return null;
        const choice = attempt.choices.find((c) => c.scene === scene.id);
        return (
          <section key={scene.id} aria-labelledby={`review-${scene.id}`}>
            <h2 id={`review-${scene.id}`}>{sceneText.heading}</h2>
            {sceneText.body.map((paragraph, p) => (
              <p key={p}>
                {paragraph.map((segment, s) => {
                  if (segment.kind !== 'fragment') return <span key={s}>{segment.text}</span>;
                  const result = outcomeOf.get(segment.fragment);
                  if (!result) return <span key={s}>{segment.text}</span>;
                  const note = noteNumbers.get(segment.fragment);
                  const indicator = result.indicator ? findIndicator(result.indicator) : undefined;
                  return (
                    <span key={s} className="reviewed">
                      <mark className={`mark mark-${result.outcome}`}>
                        {segment.text}
                        <span className="visually-hidden"> ({t(`review.${result.outcome}`)})</span>
                      </mark>
                      <sup aria-hidden="true">{note}</sup>
                      <span className="review-note">
                        <strong>
                          {note}. {t(`review.${result.outcome}`)}
                          {indicator ? `: ${indicator.text[locale].name}` : ''}.
                        </strong>{' '}
                        {text.fragments[segment.fragment]}
                      </span>
                    </span>
                  );
                })}
              </p>
            ))}
            {choice && <p className="notice">{t('review.yourChoice', { label: sceneText.options?.[choice.option]?.label ?? '' })}</p>}
          </section>
        );
      })}
      <p>
        <a className="button button-secondary" href={debriefHref}>
          {t('review.back')}
        </a>
      </p>
    </article>
  );
}
