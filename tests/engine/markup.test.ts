import { describe, expect, it } from 'vitest';
import { markedFragments, parseNarrative } from '../../src/engine';

describe('parseNarrative', () => {
  it('splits paragraphs on blank lines and marks fragments inline', () => {
    const { paragraphs, problems } = parseNarrative('He pays [[cash-daily|in cash]] every day.\n\nShe [[says-little|says little]].');
    expect(problems).toEqual([]);
    expect(paragraphs).toEqual([
      [
        { kind: 'plain', text: 'He pays ' },
        { kind: 'fragment', fragment: 'cash-daily', text: 'in cash' },
        { kind: 'plain', text: ' every day.' },
      ],
      [
        { kind: 'plain', text: 'She ' },
        { kind: 'fragment', fragment: 'says-little', text: 'says little' },
        { kind: 'plain', text: '.' },
      ],
    ]);
    expect(markedFragments(paragraphs)).toEqual(['cash-daily', 'says-little']);
  });

  it('keeps HTML as plain text: markup is never interpreted as HTML', () => {
    const { paragraphs } = parseNarrative('<img src=x onerror=alert(1)> [[a|<b>bold</b>]]');
    expect(paragraphs[0]).toEqual([
      { kind: 'plain', text: '<img src=x onerror=alert(1)> ' },
      { kind: 'fragment', fragment: 'a', text: '<b>bold</b>' },
    ]);
  });

  it('reports unbalanced markup, a bad id and an empty fragment', () => {
    expect(parseNarrative('text [[open|never closed').problems.map((p) => p.reason)).toEqual([
      'unbalanced fragment markup "[[" or "]]"',
    ]);
    expect(parseNarrative('[[Not_Kebab|x]]').problems[0]?.reason).toMatch(/not kebab-case/);
    expect(parseNarrative('[[empty| ]]').problems[0]?.reason).toMatch(/marks no text/);
  });

  it('joins line breaks inside a paragraph into single spaces', () => {
    expect(parseNarrative('one\ntwo   three').paragraphs).toEqual([[{ kind: 'plain', text: 'one two three' }]]);
  });
});
