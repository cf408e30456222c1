import { useTranslation } from 'react-i18next';
import { useFocusHeading } from '../../components/use-focus-heading';
import type { FragmentId, OptionId, Scene, SceneText } from '../../engine';
import { DecisionForm } from './decision-form';
import { Narrative } from './narrative';

type Props = {
  scene: Scene;
  text: SceneText;
  number: number;
  flags: readonly FragmentId[];
  onToggle: (fragment: FragmentId, text: string) => void;
  onSubmit: () => void;
  onChoose: (option: OptionId) => void;
};

/** One scene: its story with markable fragments, then either "continue" or a decision. */
export function SceneView({ scene, text, number, flags, onToggle, onSubmit, onChoose }: Props) {
  const { t } = useTranslation('player');
  const heading = useFocusHeading<HTMLHeadingElement>(scene.id);
  const flaggedHere = scene.fragments.filter((f) => flags.includes(f.id)).length;
  return (
    <article className="scene" aria-labelledby="scene-heading">
      <p className="eyebrow">{t('sceneCount', { count: number })}</p>
      <h2 id="scene-heading" ref={heading} tabIndex={-1}>
        {text.heading}
      </h2>
      <Narrative paragraphs={text.body} flags={flags} onToggle={onToggle} />
      {scene.fragments.length > 0 && <p className="flag-count">{t('flagged', { count: flaggedHere })}</p>}
      {scene.type === 'decide' ? (
        <DecisionForm key={scene.id} options={scene.options} text={text} onChoose={onChoose} />
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
