import { paths } from '../../components/paths';
import { useFocusHeading } from '../../components/use-focus-heading';
import { useAssignmentStore } from '../../stores/assignment-store';
import { AssignmentOverview } from './assignment-overview';
import { useAssignmentStrings } from './use-assignment-strings';

/** The assignment the learner opened last; without one, how to get one. */
export function AssignmentScreen({ focusOnMount }: { focusOnMount: boolean }) {
  const active = useAssignmentStore((s) => s.active);
  if (active === null) return <NoAssignment focusOnMount={focusOnMount} />;
  return <AssignmentOverview entryKey={active} focusOnMount={focusOnMount} />;
}

function NoAssignment({ focusOnMount }: { focusOnMount: boolean }) {
  const { t } = useAssignmentStrings();
  const heading = useFocusHeading<HTMLHeadingElement>('no-assignment', focusOnMount);
  return (
    <section aria-labelledby="no-assignment-heading">
      <h1 id="no-assignment-heading" ref={heading} tabIndex={-1}>
        {t('empty.heading')}
      </h1>
      <p>{t('empty.body')}</p>
      <p>
        <a href={paths.home()}>{t('empty.toHome')}</a>
      </p>
    </section>
  );
}

/** Shown when a play or debrief link names a vignette that is not part of the active assignment. */
export function NotInAssignment() {
  const { t } = useAssignmentStrings();
  const heading = useFocusHeading<HTMLHeadingElement>('not-in-assignment');
  return (
    <section aria-labelledby="not-in-assignment-heading">
      <h1 id="not-in-assignment-heading" ref={heading} tabIndex={-1}>
        {t('notInAssignment.heading')}
      </h1>
      <p>{t('notInAssignment.body')}</p>
      <p>
        <a href={paths.assignment()}>{t('notInAssignment.back')}</a>
      </p>
    </section>
  );
}
