import { useShallow } from 'zustand/react/shallow';
import { formatDate } from '../../components/format-date';
import { paths } from '../../components/paths';
import { useFocusHeading } from '../../components/use-focus-heading';
import { toLocale } from '../../i18n/setup-i18n';
import { madeAssignments, useTrainerStore } from '../../stores/trainer-store';
import { KeyPanel } from './key-panel';
import { TrainerDataNotice } from './trainer-data-notice';
import { TrainerDataPanel } from './trainer-data-panel';
import { useTrainerKey } from './use-trainer-key';
import { useTrainerStrings } from './use-trainer-strings';

/** The trainer's start: what this does without a server, their key, and their assignments. */
export function TrainerHome({ focusOnMount }: { focusOnMount: boolean }) {
  const { t, i18n } = useTrainerStrings();
  const locale = toLocale(i18n.language);
  const heading = useFocusHeading<HTMLHeadingElement>('trainer', focusOnMount);
  const { state, retry } = useTrainerKey();
  const assignments = useTrainerStore(useShallow(madeAssignments));
  return (
    <section aria-labelledby="trainer-heading" className="trainer">
      <h1 id="trainer-heading" ref={heading} tabIndex={-1}>
        {t('home.heading')}
      </h1>
      <p className="lead">{t('home.intro')}</p>
      <ol className="steps">
        <li>{t('home.step1')}</li>
        <li>{t('home.step2')}</li>
        <li>{t('home.step3')}</li>
      </ol>
      <p className="small">
        {t('home.privacy')} <a href={paths.page('without-server')}>{t('home.howItWorks')}</a>
      </p>
      <TrainerDataNotice />
      <p>
        <a className="button" href={paths.trainerNew()}>
          {t('home.new')}
        </a>
      </p>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">{t('home.mine')}</h2>
        {assignments.length === 0 ? (
          <p className="notice">{t('home.none')}</p>
        ) : (
          <ul className="cards" role="list">
            {assignments.map(({ signed, createdAt }) => {
              const a = signed.assignment;
              return (
                <li key={a.id} className="card">
                  <h3 className="card-title">{a.title}</h3>
                  <p className="card-meta">
                    {t('home.made', { date: formatDate(createdAt.slice(0, 10), locale) })} ·{' '}
                    {t('home.vignettes', { count: a.scenarios.length })} · {t('home.passMark', { passMark: a.passMark })}
                    {a.due && ` · ${t('home.due', { date: formatDate(a.due, locale) })}`}
                  </p>
                  <p className="card-actions">
                    <a className="button" href={paths.trainerAssignment(a.id)}>
                      {t('home.share', { title: a.title })}
                    </a>
                    <a className="button button-secondary" href={paths.trainerResults(a.id)}>
                      {t('home.results', { title: a.title })}
                    </a>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <KeyPanel state={state} onRetry={retry} />
      <TrainerDataPanel {...(state.status === 'ready' ? { trainerKey: state.key } : {})} onKeyChanged={retry} />
    </section>
  );
}
