import { useTranslation } from 'react-i18next';
import type { Paragraph, UnitId } from '../../engine';

type Props = {
  paragraphs: Paragraph[];
  flags: readonly UnitId[];
  onToggle: (unit: UnitId, text: string) => void;
};

/**
 * The story of a scene. Every sentence is a markable unit — an author-marked fragment or a neutral
 * sentence alike — rendered as the same toggle button inside the running text, with the same role,
 * class and attributes, so nothing before marking tells a signal from background. It is a span
 * with the button role because a real <button> cannot wrap across lines inside a sentence.
 */
export function Narrative({ paragraphs, flags, onToggle }: Props) {
  const { t } = useTranslation('player');
  return (
    <div className="narrative">
      {paragraphs.map((paragraph, p) => (
        <p key={p}>
          {paragraph.map((segment, s) => {
            if (segment.kind === 'plain') return <span key={s}>{segment.text}</span>;
            const unit = segment.kind === 'fragment' ? segment.fragment : segment.unit;
            return (
              <span
                key={s}
                role="button"
                tabIndex={0}
                className="unit"
                aria-pressed={flags.includes(unit)}
                aria-describedby="unit-hint"
                onClick={() => onToggle(unit, segment.text)}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter' && event.key !== ' ') return;
                  event.preventDefault();
                  onToggle(unit, segment.text);
                }}
              >
                {segment.text}
              </span>
            );
          })}
        </p>
      ))}
      <span id="unit-hint" hidden>
        {t('fragmentHint')}
      </span>
    </div>
  );
}
