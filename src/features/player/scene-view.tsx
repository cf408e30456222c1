import { useTranslation } from 'react-i18next';
import { useFocusHeading } from '../../components/use-focus-heading';
import { orderOptions, type OptionId, type Scene, type SceneText, type UnitId } from '../../engine';
import { DecisionForm } from './decision-form';
import { Narrative } from './narrative';

type Props = {
  scene: Scene;
  text: SceneText;
  number: number;
  /** The attempt's option-order seed. */
  seed: number;
  flags: readonly UnitId[];
  onToggle: (unit: UnitId, text: string) => void;
  onSubmit: () => void;
  onChoose: (option: OptionId) => void;
};

/** One scene: its story with markable units, then either "continue" or a decision. */
export function SceneView({ scene, text, number, seed, flags, onToggle, onSubmit, onChoose }: Props) {
  const { t } = useTranslation('player');
  const heading = useFocusHeading<HTMLHeadingElement>(scene.id);
  // Counts every marked unit of the scene, fragment or neutral alike: the count is no cue either.
  const units: UnitId[] = [...scene.fragments.map((f) => f.id), ...scene.neutrals];
  const flaggedHere = units.filter((unit) => flags.includes(unit)).length;
  return (
    <article className="scene" aria-labelledby="scene-heading">
      <p className="eyebrow">{t('sceneCount', { count: number })}</p>
      <h2 id="scene-heading" ref={heading} tabIndex={-1}>
        {text.heading}
      </h2>
      <Narrative paragraphs={text.body} flags={flags} onToggle={onToggle} />
      {units.length > 0 && <p className="flag-count">{t('flagged', { count: flaggedHere })}</p>}
      {scene.type === 'decide' ? (
        <DecisionForm key={scene.id} options={orderOptions(scene, seed)} text={text} onChoose={onChoose} />
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
