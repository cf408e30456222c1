import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useFocusHeading } from '../../components/use-focus-heading';
import { useScenario } from '../../components/use-scenario';
import { currentScene, type AttemptRecord, type OptionId, type Scenario, type ScenarioId, type UnitId } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import { useProgressStore } from '../../stores/progress-store';
import { Briefing } from './briefing';
import { SceneView } from './scene-view';
import { usePlayerStrings } from './use-player-strings';
import { useScenarioActor } from './use-scenario-actor';

/** 'scene': after each scene, show which of its fragments were signals, and why (assignments). */
export type PlayerFeedback = 'scene' | 'end';

type Props = { scenarioId: ScenarioId; backHref: string; onComplete: () => void; feedback?: PlayerFeedback };

// Only practice mode needs it (and the taxonomy it shows).
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
  const finish = useCallback(
    (attempt: AttemptRecord) => {
      complete(attempt);
      onComplete();
    },
    [complete, onComplete],
  );
  const { context, phase, send } = useScenarioActor(scenario, feedback === 'scene' ? 'practice' : 'assessment', finish);
  const sceneId = currentScene(context);
  const scene = scenario.scenes.find((s) => s.id === sceneId);
  const title = useFocusHeading<HTMLHeadingElement>(phase, phase === 'briefing');
  const lastChoice = context.choices.at(-1);

  const leaveScene = (choice?: OptionId) => {
    setAnnouncement('');
    send(choice ? { type: 'learner.choose', option: choice } : { type: 'learner.submit' });
  };

  const toggle = (unit: UnitId, unitText: string) => {
    const wasFlagged = context.flags.includes(unit);
    send({ type: 'learner.toggle', unit });
    setAnnouncement(t(wasFlagged ? 'announceUnflagged' : 'announceFlagged', { text: unitText }));
  };

  return (
    <section className="player" aria-labelledby="player-title">
      <h1 id="player-title" ref={title} tabIndex={-1}>
        {text.title}
      </h1>
      {phase === 'briefing' && (
        <Briefing scenario={scenario} text={text} backHref={backHref} onStart={() => send({ type: 'learner.acknowledge' })} />
      )}
      {phase === 'feedback' && scene && (
        <Suspense fallback={<Loading />}>
          <SceneFeedback
            scene={scene}
            text={text}
            flags={context.flags}
            choice={lastChoice?.scene === scene.id ? lastChoice.option : undefined}
            onContinue={() => send({ type: 'learner.continue' })}
          />
        </Suspense>
      )}
      {phase !== 'feedback' && scene && phase !== 'briefing' && (
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
            seed={context.seed}
            flags={context.flags}
            onToggle={toggle}
            onSubmit={() => leaveScene()}
            onChoose={(option) => leaveScene(option)}
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
