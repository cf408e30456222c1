import { useTranslation } from 'react-i18next';
import type { FragmentId, Paragraph } from '../../engine';

type Props = {
  paragraphs: Paragraph[];
  flags: readonly FragmentId[];
  onToggle: (fragment: FragmentId, text: string) => void;
};

/**
 * The story of a scene. Each markable fragment is a toggle button inside the running text, so it
 * works with mouse, touch and keyboard, and a screen reader hears its pressed state. It is a span
 * with the button role because a real <button> cannot wrap across lines inside a sentence.
 */
export function Narrative({ paragraphs, flags, onToggle }: Props) {
  const { t } = useTranslation('player');
  return (
    <div className="narrative">
      {paragraphs.map((paragraph, p) => (
        <p key={p}>
          {paragraph.map((segment, s) =>
            segment.kind === 'text' ? (
              <span key={s}>{segment.text}</span>
            ) : (
              <span
                key={s}
                role="button"
                tabIndex={0}
                className="fragment"
                aria-pressed={flags.includes(segment.fragment)}
                aria-describedby="fragment-hint"
                onClick={() => onToggle(segment.fragment, segment.text)}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter' && event.key !== ' ') return;
                  event.preventDefault();
                  onToggle(segment.fragment, segment.text);
                }}
              >
                {segment.text}
              </span>
            ),
          )}
        </p>
      ))}
      <span id="fragment-hint" hidden>
        {t('fragmentHint')}
      </span>
    </div>
  );
}
