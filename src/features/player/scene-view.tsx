import { useTranslation } from 'react-i18next';
import { useFocusHeading } from '../../components/use-focus-heading';
import { orderOptions, type OptionId, type Scene, type SceneText, type UnitId } from '../../engine';
import { DecisionForm } from './decision-form';
import { Narrative } from './narrative';
import type { Remaining } from './scene-position';

type Props = {
  scene: Scene;
  text: SceneText;
  /** This scene's place on the learner's path, from 1. */
  number: number;
  /** How many scenes can still follow it. */
  remaining: Remaining;
  /** The attempt's option-order seed. */
  seed: number;
  flags: readonly UnitId[];
  onToggle: (unit: UnitId, text: string) => void;
  onSubmit: () => void;
  onChoose: (option: OptionId) => void;
};

/** One scene: where it is in the case, its story with markable units, then "continue" or a decision. */
export function SceneView({ scene, text, number, remaining, seed, flags, onToggle, onSubmit, onChoose }: Props) {
  const { t } = useTranslation('player');
  const heading = useFocusHeading<HTMLHeadingElement>(scene.id);
  // Counts every marked unit of the scene, fragment or neutral alike: the count is no cue either.
  const units: UnitId[] = [...scene.fragments.map((f) => f.id), ...scene.neutrals];
  const flaggedHere = units.filter((unit) => flags.includes(unit)).length;
  return (
    <article className="scene" aria-labelledby="scene-heading">
      <ScenePosition number={number} remaining={remaining} />
      <h2 id="scene-heading" ref={heading} tabIndex={-1} aria-describedby="scene-position">
        {text.heading}
      </h2>
      <Narrative key={`story-${scene.id}`} paragraphs={text.body} flags={flags} onToggle={onToggle} />
      {units.length > 0 && <p className="flag-count">{t('flagged', { count: flaggedHere })}</p>}
      {scene.type === 'decide' ? (
        <DecisionForm key={`decision-${scene.id}`} options={orderOptions(scene, seed)} text={text} onChoose={onChoose} />
      ) : (
        <p className="actions">
          <button type="button" className="button" onClick={onSubmit}>
            {t('next')}
          </button>
        </p>
      )}
    </article>
  );
}

/**
 * "Scene 3 of 5" when every way on is as long; otherwise the scene's number and the range still to
 * come, and a row of dots: filled for scenes seen, solid for those sure to come, dotted for maybes.
 */
function ScenePosition({ number, remaining: { min, max } }: { number: number; remaining: Remaining }) {
  const { t } = useTranslation('player');
  const label =
    min === max
      ? t('position.exact', { count: number, total: number + max })
      : min === 0
        ? t('position.upTo', { count: number, max })
        : t('position.range', { count: number, min, max });
  const dots = [
    ...Array.from({ length: number }, () => 'scene-dot scene-dot-done'),
    ...Array.from({ length: min }, () => 'scene-dot'),
    ...Array.from({ length: max - min }, () => 'scene-dot scene-dot-maybe'),
  ];
  return (
    <p className="scene-position eyebrow">
      <span id="scene-position">
        {label}
        {min !== max && <span className="visually-hidden"> {t('position.explain')}</span>}
      </span>
      <span className="scene-dots" aria-hidden="true">
        {dots.map((className, i) => (
          <span key={i} className={className} />
        ))}
      </span>
    </p>
  );
}
