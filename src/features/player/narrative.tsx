import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paragraph, Segment, UnitId } from '../../engine';

type Props = {
  paragraphs: Paragraph[];
  flags: readonly UnitId[];
  onToggle: (unit: UnitId, text: string) => void;
};

type Unit = { id: UnitId; text: string };

const unitOf = (segment: Segment): Unit | null =>
  segment.kind === 'plain' ? null : { id: segment.kind === 'fragment' ? segment.fragment : segment.unit, text: segment.text };

// Keys that move within a paragraph, as an offset from the current unit (Home/End: to either end).
const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (i, last) => Math.min(i + 1, last),
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * The story of a scene. Every sentence is a markable unit — an author-marked fragment or a neutral
 * sentence alike — rendered as the same toggle button inside the running text, with the same role,
 * class and attributes, so nothing before marking tells a signal from background. It is a span
 * with the button role because a real <button> cannot wrap across lines inside a sentence.
 *
 * Keyboard: one Tab stop per paragraph (roving tabindex, on the unit last visited there), arrow
 * keys, Home and End move between its sentences, Enter or Space toggles.
 */
export function Narrative({ paragraphs, flags, onToggle }: Props) {
  const { t } = useTranslation('player');
  const [current, setCurrent] = useState<Record<number, number>>({});
  const elements = useRef(new Map<string, HTMLElement>());

  const onKeyDown = (event: KeyboardEvent, p: number, index: number, units: Unit[]) => {
    const unit = units[index]!;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onToggle(unit.id, unit.text);
      return;
    }
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(index, units.length - 1);
    setCurrent((c) => ({ ...c, [p]: next }));
    elements.current.get(`${p}:${next}`)?.focus();
  };

  return (
    <div className="narrative">
      {paragraphs.map((paragraph, p) => {
        const units = paragraph.map(unitOf).filter((u): u is Unit => u !== null);
        let index = -1;
        return (
          <p key={p}>
            {paragraph.map((segment, s) => {
              const unit = unitOf(segment);
              if (!unit) return <span key={s}>{segment.text}</span>;
              index += 1;
              const i = index;
              return (
                <span
                  key={s}
                  ref={(element) => {
                    if (element) elements.current.set(`${p}:${i}`, element);
                    else elements.current.delete(`${p}:${i}`);
                  }}
                  role="button"
                  tabIndex={i === (current[p] ?? 0) ? 0 : -1}
                  className="unit"
                  aria-pressed={flags.includes(unit.id)}
                  aria-describedby="unit-hint"
                  onClick={() => {
                    setCurrent((c) => ({ ...c, [p]: i }));
                    onToggle(unit.id, unit.text);
                  }}
                  onKeyDown={(event) => onKeyDown(event, p, i, units)}
                >
                  {unit.text}
                </span>
              );
            })}
          </p>
        );
      })}
      <span id="unit-hint" hidden>
        {t('fragmentHint')}
      </span>
    </div>
  );
}
