import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useAsync } from '../../components/use-async';
import { useFocusHeading } from '../../components/use-focus-heading';
import { findSummary, loadBriefing, loadedBriefing } from '../../content';
import { newSeed, type Mode, type ScenarioBriefing, type ScenarioId, type ScenarioSummary } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import { useProgressStore, type Run } from '../../stores/progress-store';
import { Briefing } from './briefing';

/**
 * An assignment's feedback mode: 'scene' (practice: feedback after each scene) or 'end'
 * (assessment). Without one, the learner chooses at the start.
 */
export type PlayerFeedback = 'scene' | 'end';

type Props = { scenarioId: ScenarioId; backHref: string; onComplete: () => void; feedback?: PlayerFeedback | undefined };

/** The scenes and the machine: fetched while the learner reads the content warning. */
export const loadPlayerRun = () => import('./player-run');

/**
 * Plays one vignette: content warning and mode, then the scenes and decision (player-run.tsx);
 * stores the attempt when it ends. The warning needs only what the first page carries (the
 * catalogue entry, its summary and warning, the `briefing` strings), so a link straight to a
 * vignette shows it in the first render, and is usable before the story and its machine arrive.
 */
export function PlayerScreen({ scenarioId, backHref, onComplete, feedback }: Props) {
  const { t } = useTranslation('briefing');
  const loaded = loadedBriefing(scenarioId);
  const { state, retry } = useAsync(loaded ? undefined : () => loadBriefing(scenarioId), [scenarioId]);
  const summary = findSummary(scenarioId);
  const briefing = loaded ?? (state.status === 'ready' ? state.value : undefined);
  if (state.status === 'error' || !summary) return <LoadError onRetry={retry} message={t('loadError')} />;
  if (!briefing) return <Loading label={t('loading')} />;
  const fixedMode = feedback && (feedback === 'scene' ? 'practice' : 'assessment');
  return <ScenarioRun key={summary.id} summary={summary} briefing={briefing} backHref={backHref} onComplete={onComplete} fixedMode={fixedMode} />;
}

type RunProps = { summary: ScenarioSummary; briefing: ScenarioBriefing; backHref: string; onComplete: () => void; fixedMode: Mode | undefined };

// A run stored for this vignette that can go on: same content, a mode the assignment allows, begun.
function resumableRun(summary: ScenarioSummary, fixedMode: Mode | undefined): Run | null {
  const stored = useProgressStore.getState().inProgress[summary.id];
  if (!stored || stored.contentVersion !== summary.version || stored.events.length === 0) return null;
  if (fixedMode && stored.mode !== fixedMode) return null;
  return { contentVersion: stored.contentVersion, mode: stored.mode, seed: stored.seed };
}

function ScenarioRun({ summary, briefing, backHref, onComplete, fixedMode }: RunProps) {
  const { t, i18n } = useTranslation('briefing');
  const locale = toLocale(i18n.language);
  const recordEvent = useProgressStore((s) => s.recordEvent);
  const [run, setRun] = useState(() => resumableRun(summary, fixedMode));
  const title = useFocusHeading<HTMLHeadingElement>(run === null, run === null);
  // Asked for once this screen is up: the warning shows first, the scenes are ready by the time it is read.
  const { state: player, retry } = useAsync(loadPlayerRun, []);
  // A new run starts when the learner has read the warning: its mode and seed are stored with it.
  const start = (mode: Mode) => {
    const fresh: Run = { contentVersion: summary.version, mode, seed: newSeed() };
    recordEvent(summary.id, fresh, { type: 'learner.acknowledge' });
    setRun(fresh);
  };
  return (
    <section className="player" aria-labelledby="player-title">
      <h1 id="player-title" ref={title} tabIndex={-1}>
        {summary.title[locale]}
      </h1>
      {run === null ? (
        <Briefing summary={summary} text={briefing[locale]} fixedMode={fixedMode} backHref={backHref} onStart={start} />
      ) : player.status === 'ready' ? (
        <player.value.PlayerRun scenarioId={summary.id} run={run} backHref={backHref} onComplete={onComplete} />
      ) : player.status === 'error' ? (
        <LoadError onRetry={retry} message={t('loadError')} />
      ) : (
        <Loading label={t('loading')} />
      )}
    </section>
  );
}
