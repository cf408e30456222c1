import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useFocusHeading } from '../../components/use-focus-heading';
import { useScenario } from '../../components/use-scenario';
import { currentScene, type AttemptRecord, type FragmentId, type Scenario, type ScenarioId } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import { useProgressStore } from '../../stores/progress-store';
import { Briefing } from './briefing';
import { SceneView } from './scene-view';
import { useScenarioActor } from './use-scenario-actor';

type Props = { scenarioId: ScenarioId; backHref: string; onComplete: () => void };

/** Plays one vignette: content warning, scenes, decision; stores the attempt when it ends. */
export function PlayerScreen({ scenarioId, backHref, onComplete }: Props) {
  const { t } = useTranslation('player');
  const { load, retry } = useScenario(scenarioId);
  if (load.status === 'loading') return <Loading label={t('loading')} />;
  if (load.status === 'error') return <LoadError onRetry={retry} message={t('loadError')} />;
  return <ScenarioRun key={load.scenario.id} scenario={load.scenario} backHref={backHref} onComplete={onComplete} />;
}

function ScenarioRun({ scenario, backHref, onComplete }: { scenario: Scenario; backHref: string; onComplete: () => void }) {
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
  const { context, phase, send } = useScenarioActor(scenario, finish);
  const sceneId = currentScene(context);
  const scene = scenario.scenes.find((s) => s.id === sceneId);
  const title = useFocusHeading<HTMLHeadingElement>(phase, phase === 'briefing');

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
      {scene && phase !== 'briefing' && (
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
            onSubmit={() => {
              setAnnouncement('');
              send({ type: 'learner.submit' });
            }}
            onChoose={(option) => send({ type: 'learner.choose', option })}
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
