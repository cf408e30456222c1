import { useTranslation } from 'react-i18next';
import { findIndicator } from '../../content/reference';
import type { AttemptScore, FragmentId, Locale, Scenario, ScenarioText } from '../../engine';

type Props = { scenario: Scenario; score: AttemptScore; text: ScenarioText; locale: Locale };

const MAX_TAKEAWAYS = 3;

/** The fragment's words as the story shows them. */
export const fragmentWords = (text: ScenarioText, scene: string, fragment: FragmentId) =>
  text.scenes[scene as never]?.body.flat().find((s) => s.kind === 'fragment' && s.fragment === fragment)?.text ?? '';

/**
 * At most three things to remember: the signals missed first (in story order, the earliest being
 * the ones everything after builds on), else what was wrongly marked, and the consequence of the
 * decision taken.
 */
export function Takeaways({ score, text, locale }: Props) {
  const { t } = useTranslation('debrief');
  const decision = score.decisions.at(-1);
  const room = MAX_TAKEAWAYS - (decision ? 1 : 0);
  const missed = score.fragments.filter((f) => f.outcome === 'miss');
  const wrong = score.fragments.filter((f) => f.outcome === 'false-alarm');
  const items: { key: string; text: string }[] =
    missed.length > 0
      ? missed.slice(0, room).map((f) => ({
          key: f.fragment,
          text: t('takeaways.missed', { text: fragmentWords(text, f.scene, f.fragment), name: (f.indicator && findIndicator(f.indicator)?.text[locale].name) ?? '' }),
        }))
      : wrong.length > 0
        ? wrong.slice(0, 1).map((f) => ({ key: f.fragment, text: t('takeaways.falseAlarm', { text: fragmentWords(text, f.scene, f.fragment) }) }))
        : [{ key: 'all', text: t('takeaways.allSeen') }];
  const option = decision && text.scenes[decision.scene]?.options?.[decision.option];
  return (
    <section aria-labelledby="takeaways-heading">
      <h2 id="takeaways-heading">{t('takeaways.heading')}</h2>
      <ul className="takeaways">
        {items.map((item) => (
          <li key={item.key}>{item.text}</li>
        ))}
        {decision && option && (
          <li className={`quality-${decision.quality}`}>
            {t('takeaways.decision', { label: option.label, quality: t(`decisions.${decision.quality}`), feedback: option.feedback })}
            {decision.quality === 'harmful' && (
              <strong className="harmful-callout"> {t('decisions.harmfulCallout')}</strong>
            )}
          </li>
        )}
      </ul>
    </section>
  );
}
