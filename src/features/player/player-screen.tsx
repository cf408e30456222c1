import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useFocusHeading } from '../../components/use-focus-heading';
import { useScenario } from '../../components/use-scenario';
import { currentScene, newSeed, type AttemptRecord, type Mode, type OptionId, type Scenario, type ScenarioId, type UnitId } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import { useProgressStore, type Run } from '../../stores/progress-store';
import { Briefing } from './briefing';
import { remainingScenes } from './scene-position';
import { SceneView } from './scene-view';
import { usePlayerStrings } from './use-player-strings';
import { useScenarioActor } from './use-scenario-actor';

/**
 * An assignment's feedback mode: 'scene' (practice: feedback after each scene) or 'end'
 * (assessment). Without one, the learner chooses at the start.
 */
export type PlayerFeedback = 'scene' | 'end';

type Props = { scenarioId: ScenarioId; backHref: string; onComplete: () => void; feedback?: PlayerFeedback | undefined };

// Only practice mode needs it (and the taxonomy it shows).
const SceneFeedback = lazy(() => import('./scene-feedback').then((m) => ({ default: m.SceneFeedback })));

/** Plays one vignette: content warning and mode, scenes, decision; stores the attempt when it ends. */
export function PlayerScreen({ scenarioId, backHref, onComplete, feedback }: Props) {
  const { t } = usePlayerStrings();
  const { load, retry } = useScenario(scenarioId);
  if (load.status === 'loading') return <Loading label={t('loading')} />;
  if (load.status === 'error') return <LoadError onRetry={retry} message={t('loadError')} />;
  const fixedMode = feedback && (feedback === 'scene' ? 'practice' : 'assessment');
  return <ScenarioRun key={load.scenario.id} scenario={load.scenario} backHref={backHref} onComplete={onComplete} fixedMode={fixedMode} />;
}

type RunProps = { scenario: Scenario; backHref: string; onComplete: () => void; fixedMode: Mode | undefined };

// A run stored for this vignette that can go on: same content, a mode the assignment allows, begun.
function resumableRun(scenario: Scenario, fixedMode: Mode | undefined): Run | null {
  const stored = useProgressStore.getState().inProgress[scenario.id];
  if (!stored || stored.contentVersion !== scenario.version || stored.events.length === 0) return null;
  if (fixedMode && stored.mode !== fixedMode) return null;
  return { contentVersion: stored.contentVersion, mode: stored.mode, seed: stored.seed };
}

function ScenarioRun({ scenario, backHref, onComplete, fixedMode }: RunProps) {
  const { i18n } = useTranslation('player');
  const text = scenario.text[toLocale(i18n.language)];
  const recordEvent = useProgressStore((s) => s.recordEvent);
  const [run, setRun] = useState(() => resumableRun(scenario, fixedMode));
  const title = useFocusHeading<HTMLHeadingElement>(run === null, run === null);
  // A new run starts when the learner has read the warning: its mode and seed are stored with it.
  const start = (mode: Mode) => {
    const fresh: Run = { contentVersion: scenario.version, mode, seed: newSeed() };
    recordEvent(scenario.id, fresh, { type: 'learner.acknowledge' });
    setRun(fresh);
  };
  return (
    <section className="player" aria-labelledby="player-title">
      <h1 id="player-title" ref={title} tabIndex={-1}>
        {text.title}
      </h1>
      {run === null ? (
        <Briefing scenario={scenario} text={text} fixedMode={fixedMode} backHref={backHref} onStart={start} />
      ) : (
        <Playing scenario={scenario} run={run} backHref={backHref} onComplete={onComplete} />
      )}
    </section>
  );
}

type PlayingProps = { scenario: Scenario; run: Run; backHref: string; onComplete: () => void };

function Playing({ scenario, run, backHref, onComplete }: PlayingProps) {
  const { t, i18n } = useTranslation('player');
  const locale = toLocale(i18n.language);
  const text = scenario.text[locale];
  const complete = useProgressStore((s) => s.complete);
  const [announcement, setAnnouncement] = useState('');
  const finish = useCallback(
    (attempt: AttemptRecord) => {
      complete(attempt);
      onComplete();
    },
    [complete, onComplete],
  );
  const { context, phase, send } = useScenarioActor(scenario, run, finish);
  const remaining = useMemo(() => remainingScenes(scenario), [scenario]);
  const sceneId = currentScene(context);
  const scene = scenario.scenes.find((s) => s.id === sceneId);
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

  if (!scene) return null;
  return (
    <>
      {phase === 'feedback' ? (
        <Suspense fallback={<Loading />}>
          <SceneFeedback
            scene={scene}
            text={text}
            locale={locale}
            flags={context.flags}
            choice={lastChoice?.scene === scene.id ? lastChoice.option : undefined}
            onContinue={() => send({ type: 'learner.continue' })}
          />
        </Suspense>
      ) : (
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
            remaining={remaining.get(scene.id) ?? { min: 0, max: 0 }}
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
    </>
  );
}
