import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileSlug, regionSeparator, toCsv } from '../../../src/features/trainer/csv';

describe('CSV export', () => {
  it('uses the separator the trainer chose, with a byte-order mark and CRLF', () => {
    expect(toCsv([['a', 1], ['b', null]], ';')).toBe('\uFEFFa;1\r\nb;\r\n');
    expect(toCsv([['a', 1]], ',')).toBe('\uFEFFa,1\r\n');
    expect(toCsv([['a, b', 1]], '\t')).toBe('\uFEFFa, b\t1\r\n');
  });

  it('defaults to the separator of the browser region, not of the interface language', () => {
    expect(regionSeparator(['nl-NL'])).toBe(';');
    expect(regionSeparator(['en-NL'])).toBe(';');
    expect(regionSeparator(['de-DE'])).toBe(';');
    expect(regionSeparator(['en-GB'])).toBe(',');
    expect(regionSeparator(['en-US'])).toBe(',');
  });

  it('removes direction and control characters from typed names, so a name reads as typed', () => {
    expect(toCsv([['\u202EAda\u202C', 'B\u0000ob']], ';')).toBe('\uFEFFAda;Bob\r\n');
  });

  it('makes file names from titles in any script', () => {
    expect(fileSlug('Zorg in de wijk: signalen (2026)')).toBe('zorg-in-de-wijk-signalen-2026');
    expect(fileSlug('Обучение персонала')).toBe('обучение-персонала');
  });

  it('quotes cells with separators, quotes or line breaks', () => {
    expect(toCsv([['Jansen; Piet', 'zei "hoi"', 'twee\nregels']], ';')).toBe('\uFEFF"Jansen; Piet";"zei ""hoi""";"twee\nregels"\r\n');
  });

  it('never lets a typed name run as a spreadsheet formula', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string(), (start, rest) => {
        const cell = toCsv([[`${start}${rest}`]], ',').slice(1).replace(/^"/, '');
        expect(cell.startsWith("'")).toBe(true);
      }),
    );
    expect(toCsv([[-5]], ';')).toBe('\uFEFF-5\r\n');
  });
});
