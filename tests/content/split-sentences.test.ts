import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/content/split-sentences';

const sentences = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks followed by a new sentence', () => {
    expect(sentences('Hij komt binnen. Zij kijkt op! Waarom nu? Niemand weet het.')).toEqual([
      'Hij komt binnen',
      'Zij kijkt op',
      'Waarom nu',
      'Niemand weet het',
    ]);
  });

  it('leaves final punctuation out of the sentence, as authors leave it out of a fragment', () => {
    const text = 'Ze zegt: ‘Ik kom morgen.’ Hij knikt.';
    expect(sentences(text)).toEqual(['Ze zegt: ‘Ik kom morgen', 'Hij knikt']);
  });

  it('keeps Dutch and English abbreviations and initials inside their sentence', () => {
    expect(sentences('Hij werkt bijv. in de keuken. Mevr. Jansen belt o.a. de manager.')).toEqual([
      'Hij werkt bijv. in de keuken',
      'Mevr. Jansen belt o.a. de manager',
    ]);
    expect(sentences('Mr. Smith arrives, i.e. the guest. He asks for J. de Vries.')).toEqual([
      'Mr. Smith arrives, i.e. the guest',
      'He asks for J. de Vries',
    ]);
  });

  it('does not split numbers, times or amounts', () => {
    expect(sentences('Hij betaalt € 1.200 om 10.30 uur. Dat is 3.5 keer zoveel.')).toEqual([
      'Hij betaalt € 1.200 om 10.30 uur',
      'Dat is 3.5 keer zoveel',
    ]);
  });

  it('ends a sentence after closing quotes, and not before a lower-case continuation', () => {
    expect(sentences('“Is ze er?” vraagt hij. “Nee.” Ze loopt weg.')).toEqual(['“Is ze er?” vraagt hij', '“Nee', 'Ze loopt weg']);
    expect(sentences("Het is laat. 's Ochtends is ze weg.")).toEqual(['Het is laat', "'s Ochtends is ze weg"]);
  });

  it('leaves pieces without a letter or digit out, and trims leading punctuation', () => {
    expect(sentences('. ')).toEqual([]);
    expect(sentences(' — ')).toEqual([]);
    expect(sentences(', zegt hij. Later komt ze terug met ')).toEqual(['zegt hij', 'Later komt ze terug met']);
  });

  it('splits at an ellipsis before a capital', () => {
    expect(sentences('Ze wacht… Dan gaat de deur open.')).toEqual(['Ze wacht', 'Dan gaat de deur open']);
  });
});
