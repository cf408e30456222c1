import { paths } from '../../components/paths';
import { useFocusHeading } from '../../components/use-focus-heading';
import { useTrainerStrings } from './use-trainer-strings';

/** An assignment id this browser does not know: made elsewhere, or browser data was cleared. */
export function UnknownAssignment() {
  const { t } = useTrainerStrings();
  const heading = useFocusHeading<HTMLHeadingElement>('unknown-assignment');
  return (
    <section aria-labelledby="unknown-assignment-heading">
      <h1 id="unknown-assignment-heading" ref={heading} tabIndex={-1}>
        {t('unknown.heading')}
      </h1>
      <p>{t('unknown.body')}</p>
      <p>
        <a href={paths.trainer()}>{t('unknown.back')}</a>
      </p>
    </section>
  );
}
