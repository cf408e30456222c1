import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/features/trainer/csv';

describe('CSV export', () => {
  it('uses semicolons for Dutch and commas for English, with a byte-order mark and CRLF', () => {
    expect(toCsv([['a', 1], ['b', null]], 'nl')).toBe('\uFEFFa;1\r\nb;\r\n');
    expect(toCsv([['a', 1]], 'en')).toBe('\uFEFFa,1\r\n');
  });

  it('quotes cells with separators, quotes or line breaks', () => {
    expect(toCsv([['Jansen; Piet', 'zei "hoi"', 'twee\nregels']], 'nl')).toBe('\uFEFF"Jansen; Piet";"zei ""hoi""";"twee\nregels"\r\n');
  });

  it('never lets a typed name run as a spreadsheet formula', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string(), (start, rest) => {
        const cell = toCsv([[`${start}${rest}`]], 'en').slice(1).replace(/^"/, '');
        expect(cell.startsWith("'")).toBe(true);
      }),
    );
    expect(toCsv([[-5]], 'nl')).toBe('\uFEFF-5\r\n');
  });
});
