import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import en from '../../content/locales/en/review.json';
import nl from '../../content/locales/nl/review.json';
import { findIndicator, findSource } from '../content/reference';
import type { Fragment, FragmentId, Locale, Outcome, Scene, SceneText, Segment, SourceKey, UnitId } from '../engine';
import { useLazyNamespace } from '../i18n/lazy-namespace';

type Props = {
  scene: Scene;
  text: SceneText;
  /** The vignette's explanation of each fragment. */
  explanations: Record<FragmentId, string>;
  flags: readonly UnitId[];
  locale: Locale;
  /** Open the explanations of what was caught, missed and wrongly marked (feedback after a scene). */
  open?: boolean;
};

const outcomeOf = (fragment: Fragment, marked: boolean): Outcome =>
  fragment.kind === 'signal' ? (marked ? 'hit' : 'miss') : marked ? 'false-alarm' : 'correct-rejection';

/** The sources an explanation rests on: the fragment's own, then its indicator's. */
export const sourcesOf = (fragment: Fragment): SourceKey[] => [
  ...new Set([...(fragment.sources ?? []), ...(fragment.kind === 'signal' ? (findIndicator(fragment.indicator)?.sources ?? []) : [])]),
];

/**
 * A scene's own text with what the learner did in it marked in place: signals seen and missed,
 * things marked that are no signal on their own, marked background. Each explanation, with its
 * sources, opens on demand; `open` shows those of hits, misses and false alarms at once.
 */
export function AnnotatedScene({ scene, text, explanations, flags, locale, open = false }: Props) {
  useLazyNamespace('review', { nl, en });
  const { t } = useTranslation('review');
  const fragments = new Map(scene.fragments.map((f) => [f.id, f]));
  // Every fragment is annotated (correct rejections too); a neutral unit only when it was marked.
  const isAnnotated = (segment: Exclude<Segment, { kind: 'plain' }>) =>
    segment.kind === 'fragment' ? fragments.has(segment.fragment) : flags.includes(segment.unit);
  return (
    <div className="narrative annotated">
      {text.body.map((paragraph, p) => (
        <p key={p}>
          {paragraph.map((segment, s) => {
            if (segment.kind === 'plain') {
              // Punctuation right after a mark travels with it, so an opened note never leaves
              // a line that starts with a full stop.
              const before = paragraph[s - 1];
              const annotated = before && before.kind !== 'plain' && isAnnotated(before);
              return <span key={s}>{annotated ? segment.text.replace(TRAILING, '') : segment.text}</span>;
            }
            const after = paragraph[s + 1];
            const trailing = after?.kind === 'plain' ? (TRAILING.exec(after.text)?.[0] ?? '') : '';
            if (segment.kind === 'neutral') {
              if (!flags.includes(segment.unit)) return <span key={s}>{segment.text}</span>;
              return (
                <Annotation key={s} outcome="background" text={segment.text} trailing={trailing} label={t('background')} open={false}>
                  {t('backgroundNote')}
                </Annotation>
              );
            }
            const fragment = fragments.get(segment.fragment);
            if (!fragment) return <span key={s}>{segment.text}</span>;
            const outcome = outcomeOf(fragment, flags.includes(fragment.id));
            const indicator = fragment.kind === 'signal' ? findIndicator(fragment.indicator) : undefined;
            const label = indicator ? t('indicator', { outcome: t(outcome), name: indicator.text[locale].name }) : t(outcome);
            return (
              <Annotation key={s} outcome={outcome} text={segment.text} trailing={trailing} label={label} open={open && outcome !== 'correct-rejection'}>
                {explanations[fragment.id]} <Sources keys={sourcesOf(fragment)} />
              </Annotation>
            );
          })}
        </p>
      ))}
    </div>
  );
}

const TRAILING = /^[.,;:!?…)\]»”’"']+/;

type AnnotationProps = { outcome: Outcome | 'background'; text: string; trailing: string; label: string; open: boolean; children: ReactNode };

// A marked stretch of the story, its verdict for screen readers, and a button that shows the note.
function Annotation({ outcome, text, trailing, label, open, children }: AnnotationProps) {
  const { t } = useTranslation('review');
  const [shown, setShown] = useState(open);
  const id = useId();
  return (
    <>
      <mark className={`mark mark-${outcome}`}>
        {text}
        <span className="visually-hidden"> ({label})</span>
      </mark>
      {trailing}{' '}
      <button
        type="button"
        className="note-toggle"
        aria-expanded={shown}
        aria-controls={id}
        aria-label={t('explainLabel', { text })}
        onClick={() => setShown((v) => !v)}
      >
        {t('explain')}
      </button>
      <span id={id} className="review-note" hidden={!shown}>
        <strong className="outcome-tag">{label}</strong> {children}
      </span>
    </>
  );
}

/** Publisher and title of each source; a link only where an official address exists. */
function Sources({ keys }: { keys: SourceKey[] }) {
  const { t } = useTranslation('review');
  const found = keys.flatMap((key) => {
    const source = findSource(key);
    return source ? [source] : [];
  });
  if (found.length === 0) return null;
  return (
    <span className="note-sources">
      {t('sources', { count: found.length })}{' '}
      {found.map((source, i) => (
        <span key={source.key}>
          {i > 0 && '; '}
          {source.url ? <a href={source.url}>{source.title}</a> : source.title}
        </span>
      ))}
    </span>
  );
}

const LEGEND = ['hit', 'miss', 'false-alarm', 'background'] as const;

/** What each kind of mark in an annotated story means. */
export function AnnotationLegend() {
  useLazyNamespace('review', { nl, en });
  const { t } = useTranslation('review');
  return (
    <div className="legend">
      <p className="small-heading">{t('legend')}</p>
      <ul>
        {LEGEND.map((outcome) => (
          <li key={outcome}>
            <span className={`mark mark-${outcome}`}>{t(outcome === 'background' ? 'background' : outcome)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
