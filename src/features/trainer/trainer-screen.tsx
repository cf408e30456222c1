import type { ReactNode } from 'react';
import { AssignmentBuilder } from './assignment-builder';
import { ResultsScreen, type RenderCertificate } from './results-screen';
import { ShareAssignment } from './share-assignment';
import { TrainerHome } from './trainer-home';
import type { TrainerView } from './trainer-view';
import { useTrainerStrings } from './use-trainer-strings';
import './trainer.css';

type Props = { view: TrainerView; focusOnMount: boolean; renderCertificate?: RenderCertificate };

/** The trainer dashboard, one lazy chunk: home, builder, sharing and results. */
export function TrainerScreen({ view, focusOnMount, renderCertificate }: Props): ReactNode {
  useTrainerStrings();
  switch (view.kind) {
    case 'home':
      return <TrainerHome focusOnMount={focusOnMount} />;
    case 'new':
      return <AssignmentBuilder focusOnMount={focusOnMount} />;
    case 'share':
      return <ShareAssignment key={view.id} id={view.id} focusOnMount={focusOnMount} />;
    case 'results':
      return <ResultsScreen key={view.id} id={view.id} focusOnMount={focusOnMount} renderCertificate={renderCertificate} />;
  }
}
