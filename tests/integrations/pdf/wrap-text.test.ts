import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/integrations/pdf/render-certificate-pdf';

// One unit per character keeps the widths easy to reason about.
const measure = (text: string) => [...text].length;

describe('wrapping text on the certificate', () => {
  it('breaks between words and keeps every word', () => {
    expect(wrapText(measure, 'Kamer 214: een gast die nooit alleen is', 12)).toEqual(['Kamer 214:', 'een gast die', 'nooit alleen', 'is']);
  });

  it('cuts a word longer than a line, such as a certificate code, between characters', () => {
    expect(wrapText(measure, 'IQCwogEWTmd1eeG7hW4g', 8)).toEqual(['IQCwogEW', 'Tmd1eeG7', 'hW4g']);
  });

  it('never loses or adds a character and never overflows a line', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Zéł0-9]{1,30}$/), { maxLength: 20 }), fc.integer({ min: 1, max: 40 }), (words, width) => {
        const lines = wrapText(measure, words.join(' '), width);
        expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
        for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
      }),
    );
  });
});
