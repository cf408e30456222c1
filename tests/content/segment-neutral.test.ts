import { describe, expect, it } from 'vitest';
import { asSceneId, parseNarrative, type Paragraph } from '../../src/engine';
import { segmentScene } from '../../src/content/segment-neutral';

const scene = asSceneId('night');
const parse = (body: string) => parseNarrative(body).paragraphs;
const show = (paragraphs: Paragraph[]) =>
  paragraphs.map((p) => p.map((s) => (s.kind === 'plain' ? s.text : s.kind === 'fragment' ? `[${s.fragment}]` : `<${s.unit}:${s.text}>`)).join(''));

describe('segmentScene', () => {
  it('splits the text between fragments into sentences numbered per scene, punctuation staying plain', () => {
    const body = 'Het is stil. Je leest. [[cash|Hij betaalt contant]]. Dan gaat hij weg.\n\nDe nacht is lang.';
    const result = segmentScene(scene, { nl: parse(body), en: parse(body) });
    expect(result.neutrals).toEqual(['night.1', 'night.2', 'night.3', 'night.4']);
    expect(show(result.bodies.nl)).toEqual([
      '<night.1:Het is stil>. <night.2:Je leest>. [cash]. <night.3:Dan gaat hij weg>.',
      '<night.4:De nacht is lang>.',
    ]);
    expect(result.problems).toEqual([]);
  });

  it('gives each gap as many units as the language with the fewest sentences, merging the shortest neighbours', () => {
    const nl = parse('Het is stil. Je leest een boek. Buiten regent het. [[cash|Hij betaalt contant]].');
    const en = parse('It is quiet; you read a book. Outside it rains. [[cash|He pays cash]].');
    const result = segmentScene(scene, { nl, en });
    expect(result.neutrals).toEqual(['night.1', 'night.2']);
    expect(show(result.bodies.nl)).toEqual(['<night.1:Het is stil. Je leest een boek>. <night.2:Buiten regent het>. [cash].']);
    expect(show(result.bodies.en)).toEqual(['<night.1:It is quiet; you read a book>. <night.2:Outside it rains>. [cash].']);
  });

  it('prefers merging within a paragraph over merging across one', () => {
    const nl = parse('Een. Twee.\n\nDrie.');
    const en = parse('One two.\n\nThree.');
    const result = segmentScene(scene, { nl, en });
    expect(show(result.bodies.nl)).toEqual(['<night.1:Een. Twee>.', '<night.2:Drie>.']);
  });

  it('reports a gap with sentences in one language and none in another', () => {
    const nl = parse('[[a|Eerste]]. Iets ertussen. [[b|Tweede]].');
    const en = parse('[[a|First]]. [[b|Second]].');
    const result = segmentScene(scene, { nl, en });
    expect(result.problems).toEqual([{ gap: 1, filled: 'nl', empty: 'en', sentences: 1 }]);
    expect(result.neutrals).toEqual([]);
  });

  it('renders the same unit ids in every language, so a mark means the same sentence in both', () => {
    const nl = parse('Ze komt binnen. [[a|Ze huilt]]. Ze gaat zitten.');
    const en = parse('She comes in. [[a|She cries]]. She sits down.');
    const result = segmentScene(scene, { nl, en });
    const ids = (paragraphs: Paragraph[]) => paragraphs.flat().flatMap((s) => (s.kind === 'neutral' ? [s.unit] : []));
    expect(ids(result.bodies.nl)).toEqual(ids(result.bodies.en));
    expect(ids(result.bodies.nl)).toEqual(['night.1', 'night.2']);
  });
});
