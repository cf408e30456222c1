import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useScenario } from '../../components/use-scenario';
import { currentScene, type AttemptRecord, type OptionId, type Scenario, type ScenarioId, type UnitId } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import { useProgressStore, type Run } from '../../stores/progress-store';
import { remainingScenes } from './scene-position';
import { SceneView } from './scene-view';
import { usePlayerStrings } from './use-player-strings';
import { useScenarioActor } from './use-scenario-actor';

// Only practice mode needs it (and the taxonomy it shows).
const SceneFeedback = lazy(() => import('./scene-feedback').then((m) => ({ default: m.SceneFeedback })));

type Props = { scenarioId: ScenarioId; run: Run; backHref: string; onComplete: () => void };

/**
 * A vignette's scenes and decisions for one run, from the story and the machine: the heavy part of
 * the player, a chunk of its own that arrives while the learner reads the content warning.
 */
export function PlayerRun({ scenarioId, run, backHref, onComplete }: Props) {
  const { t } = usePlayerStrings();
  const { load, retry } = useScenario(scenarioId);
  if (load.status === 'loading') return <Loading label={t('loading')} />;
  if (load.status === 'error') return <LoadError onRetry={retry} message={t('loadError')} />;
  return <Playing scenario={load.scenario} run={run} backHref={backHref} onComplete={onComplete} />;
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
