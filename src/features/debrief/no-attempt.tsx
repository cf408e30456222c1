import { toLocale } from '../../i18n/setup-i18n';
import type { Scenario } from '../../engine';
import { useDebriefStrings } from './use-debrief-strings';

/** Said when there is nothing to debrief yet, with the way to play the vignette. */
export function NoAttempt({ scenario, playHref }: { scenario: Scenario; playHref: string }) {
  const { t, i18n } = useDebriefStrings();
  return (
    <section>
      <h1>{t('noAttempt')}</h1>
      <p>
        <a className="button" href={playHref}>
          {scenario.text[toLocale(i18n.language)].title}
        </a>
      </p>
    </section>
  );
}
