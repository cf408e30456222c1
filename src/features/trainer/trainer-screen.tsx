import { AssignmentBuilder } from './assignment-builder';
import { ResultsScreen } from './results-screen';
import { ShareAssignment } from './share-assignment';
import { TrainerHome } from './trainer-home';
import type { TrainerView } from './trainer-view';
import { useTrainerStrings } from './use-trainer-strings';
import './trainer.css';

/** The trainer dashboard, one lazy chunk: home, builder, sharing and results. */
export function TrainerScreen({ view, focusOnMount }: { view: TrainerView; focusOnMount: boolean }) {
  useTrainerStrings();
  switch (view.kind) {
    case 'home':
      return <TrainerHome focusOnMount={focusOnMount} />;
    case 'new':
      return <AssignmentBuilder focusOnMount={focusOnMount} />;
    case 'share':
      return <ShareAssignment key={view.id} id={view.id} focusOnMount={focusOnMount} />;
    case 'results':
      return <ResultsScreen key={view.id} id={view.id} focusOnMount={focusOnMount} />;
  }
}
