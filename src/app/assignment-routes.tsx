import { paths } from '../components/paths';
import { NotInAssignment, AssignmentScreen } from '../features/assignment/assignment-screen';
import { OpenAssignmentScreen } from '../features/assignment/open-assignment-screen';
import { DebriefScreen } from '../features/debrief/debrief-screen';
import { PlayerScreen } from '../features/player/player-screen';
import { activeEntry, useAssignmentStore } from '../stores/assignment-store';
import { latestAttempt, useProgressStore } from '../stores/progress-store';
import type { AssignmentView } from './assignment-route';
import { navigate } from './use-route';

/**
 * Composes a learner's assignment: its overview, and the player and debrief run with the
 * assignment's feedback mode and pass mark. A lazy chunk, with the assignment store and codecs.
 */
export function AssignmentRoutes({ view, focusOnMount }: { view: AssignmentView; focusOnMount: boolean }) {
  const entry = useAssignmentStore(activeEntry);
  const recordAttempt = useAssignmentStore((s) => s.recordAttempt);
  const restart = useProgressStore((s) => s.restart);
  switch (view.kind) {
    case 'overview':
      return <AssignmentScreen focusOnMount={focusOnMount} />;
    case 'open':
      return <OpenAssignmentScreen code={view.code} />;
    case 'play':
      if (!entry?.signed.assignment.scenarios.includes(view.scenario)) return <NotInAssignment />;
      return (
        <PlayerScreen
          key={view.scenario}
          scenarioId={view.scenario}
          feedback={entry.signed.assignment.feedback}
          backHref={paths.assignment()}
          onComplete={() => {
            const attempt = latestAttempt(useProgressStore.getState(), view.scenario);
            if (attempt) recordAttempt(attempt);
            navigate(paths.assignmentDebrief(view.scenario));
          }}
        />
      );
    case 'debrief':
      if (!entry?.signed.assignment.scenarios.includes(view.scenario)) return <NotInAssignment />;
      return (
        <DebriefScreen
          scenarioId={view.scenario}
          passMark={entry.signed.assignment.passMark}
          playHref={paths.assignmentPlay(view.scenario)}
          backHref={paths.assignment()}
          certificateHref={paths.certificate(view.scenario)}
          onReplay={() => {
            restart(view.scenario);
            navigate(paths.assignmentPlay(view.scenario));
          }}
        />
      );
  }
}
