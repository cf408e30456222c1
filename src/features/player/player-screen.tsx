import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useFocusHeading } from '../../components/use-focus-heading';
import { useScenario } from '../../components/use-scenario';
import { currentScene, type AttemptRecord, type FragmentId, type OptionId, type Scenario, type ScenarioId, type Scene } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import { useProgressStore } from '../../stores/progress-store';
import { Briefing } from './briefing';
import { SceneView } from './scene-view';
import { usePlayerStrings } from './use-player-strings';
import { useScenarioActor } from './use-scenario-actor';

/** 'scene': after each scene, show which of its fragments were signals, and why (assignments). */
export type PlayerFeedback = 'scene' | 'end';

type Props = { scenarioId: ScenarioId; backHref: string; onComplete: () => void; feedback?: PlayerFeedback };
type SceneReview = { scene: Scene; flags: FragmentId[]; choice?: OptionId };

// Only assignments with feedback after each scene need it (and the taxonomy it shows).
const SceneFeedback = lazy(() => import('./scene-feedback').then((m) => ({ default: m.SceneFeedback })));

/** Plays one vignette: content warning, scenes, decision; stores the attempt when it ends. */
export function PlayerScreen({ scenarioId, backHref, onComplete, feedback = 'end' }: Props) {
  const { t } = usePlayerStrings();
  const { load, retry } = useScenario(scenarioId);
  if (load.status === 'loading') return <Loading label={t('loading')} />;
  if (load.status === 'error') return <LoadError onRetry={retry} message={t('loadError')} />;
  return <ScenarioRun key={load.scenario.id} scenario={load.scenario} backHref={backHref} onComplete={onComplete} feedback={feedback} />;
}

type RunProps = { scenario: Scenario; backHref: string; onComplete: () => void; feedback: PlayerFeedback };

function ScenarioRun({ scenario, backHref, onComplete, feedback }: RunProps) {
  const { t, i18n } = useTranslation('player');
  const text = scenario.text[toLocale(i18n.language)];
  const complete = useProgressStore((s) => s.complete);
  const [announcement, setAnnouncement] = useState('');
  const [review, setReview] = useState<SceneReview | null>(null);
  const [finished, setFinished] = useState(false);
  // Set just before a scene is submitted: whether its review will show before moving on.
  const reviewing = useRef(false);
  const finish = useCallback(
    (attempt: AttemptRecord) => {
      complete(attempt);
      if (reviewing.current) setFinished(true);
      else onComplete();
    },
    [complete, onComplete],
  );
  const { context, phase, send } = useScenarioActor(scenario, finish);
  const sceneId = currentScene(context);
  const scene = scenario.scenes.find((s) => s.id === sceneId);
  const title = useFocusHeading<HTMLHeadingElement>(phase, phase === 'briefing');

  const leaveScene = (current: Scene, choice?: OptionId) => {
    reviewing.current = feedback === 'scene' && (current.fragments.length > 0 || choice !== undefined);
    if (reviewing.current) setReview({ scene: current, flags: [...context.flags], ...(choice ? { choice } : {}) });
    setAnnouncement('');
    send(choice ? { type: 'learner.choose', option: choice } : { type: 'learner.submit' });
  };

  const toggle = (fragment: FragmentId, fragmentText: string) => {
    const wasFlagged = context.flags.includes(fragment);
    send({ type: 'learner.toggle', fragment });
    setAnnouncement(t(wasFlagged ? 'announceUnflagged' : 'announceFlagged', { text: fragmentText }));
  };

  return (
    <section className="player" aria-labelledby="player-title">
      <h1 id="player-title" ref={title} tabIndex={-1}>
        {text.title}
      </h1>
      {phase === 'briefing' && (
        <Briefing scenario={scenario} text={text} backHref={backHref} onStart={() => send({ type: 'learner.acknowledge' })} />
      )}
      {review && (
        <Suspense fallback={<Loading />}>
          <SceneFeedback
            scene={review.scene}
            text={text}
            flags={review.flags}
            choice={review.choice}
            onContinue={() => (finished ? onComplete() : setReview(null))}
          />
        </Suspense>
      )}
      {!review && scene && phase !== 'briefing' && (
        <>
          {context.path.length <= 1 ? (
            <p className="how-to">{t('howTo')}</p>
          ) : (
            <details className="how-to">
              <summary>{t('howToSummary')}</summary>
              <p>{t('howTo')}</p>
            </details>
          )}
          <SceneView
            scene={scene}
            text={text.scenes[scene.id] ?? { heading: '', body: [] }}
            number={context.path.length}
            flags={context.flags}
            onToggle={toggle}
            onSubmit={() => leaveScene(scene)}
            onChoose={(option) => leaveScene(scene, option)}
          />
          <p>
            <a href={backHref}>{t('leave')}</a>
          </p>
        </>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
