import { useEffect, useState } from 'react';
import { Loading } from '../../components/loading';
import { paths } from '../../components/paths';
import { useFocusHeading } from '../../components/use-focus-heading';
import { useAssignmentStore } from '../../stores/assignment-store';
import { useSettingsStore } from '../../stores/settings-store';
import { AssignmentOverview } from './assignment-overview';
import { openAssignment, type Opened, type OpenError } from './open-assignment';
import { useAssignmentStrings } from './use-assignment-strings';


type State = { code: string; result?: Opened | { ok: false; error: OpenError } };

/**
 * A learner opens an assignment link: the code is decoded and its signature checked before
 * anything is stored. A refused link shows why, and leaves stored progress as it was.
 */
export function OpenAssignmentScreen({ code }: { code: string }) {
  const { t, i18n } = useAssignmentStrings();
  const openInStore = useAssignmentStore((s) => s.open);
  const setLocale = useSettingsStore((s) => s.setLocale);
  const [state, setState] = useState<State>({ code });
  useEffect(() => {
    let live = true;
    void openAssignment(code).then((result) => {
      if (!live) return;
      if (result.ok) {
        const isNew = !useAssignmentStore.getState().entries[result.signed.signature];
        openInStore(code, result.signed);
        // The trainer chose a language; a learner who opens the link the first time starts in it.
        if (isNew && result.signed.assignment.locale !== i18n.language) {
          setLocale(result.signed.assignment.locale);
          void i18n.changeLanguage(result.signed.assignment.locale);
        }
      }
      setState({ code, result });
    });
    return () => {
      live = false;
    };
  }, [code, openInStore, setLocale, i18n]);

  const result = state.code === code ? state.result : undefined;
  if (!result) return <Loading label={t('open.checking')} />;
  if (!result.ok) return <Refused error={result.error} />;
  return <AssignmentOverview entryKey={result.signed.signature} />;
}

function Refused({ error }: { error: OpenError }) {
  const { t } = useAssignmentStrings();
  const heading = useFocusHeading<HTMLHeadingElement>(error);
  return (
    <section aria-labelledby="refused-heading">
      <h1 id="refused-heading" ref={heading} tabIndex={-1}>
        {t('open.refusedHeading')}
      </h1>
      <div className="notice notice-error" role="alert">
        <p>{t(`open.error.${error}`)}</p>
      </div>
      <p>{t(error === 'altered' ? 'open.alteredAdvice' : 'open.advice')}</p>
      <p>{t('open.nothingChanged')}</p>
      <p>
        <a href={paths.home()}>{t('open.toHome')}</a>
      </p>
    </section>
  );
}
