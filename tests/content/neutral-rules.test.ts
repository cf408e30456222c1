import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/content-problem';
import { loadContent } from '../../src/content/load-content';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of content/ with hotel-room-214's English text changed. */
function withEnglish(change: (text: string) => string) {
  const root = mkdtempSync(join(tmpdir(), 'signaal-neutral-'));
  made.push(root);
  cpSync(resolve('content'), root, { recursive: true });
  const file = join(root, 'scenarios', 'hotel-room-214', 'en.yaml');
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  return loadContent({ root }).problems.map(formatProblem);
}

describe('the rules that line up neutral units across languages', () => {
  it('fragment-order: the fragments of a scene in another order in one language', () => {
    const problems = withEnglish((text) =>
      text.replace(
        /\[\[he-answers-for-her\|([^\]]*)\]\]\. \[\[speaks-little-dutch\|([^\]]*)\]\]/,
        (_m, a: string, b: string) => `[[speaks-little-dutch|${b}]]. [[he-answers-for-her|${a}]]`,
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /hotel-room-214\/en\.yaml:\d+: scenes\.monday-check-in\.body: fragments appear in another order than in nl\.yaml \(booked-and-paid-by-him, speaks-little-dutch, he-answers-for-her, small-bag-for-a-week instead of booked-and-paid-by-him, he-answers-for-her, speaks-little-dutch, small-bag-for-a-week\); keep the order of nl\.yaml$/,
      ),
    ]);
  });

  it('neutral-gaps: a passage between two fragments left out in one language', () => {
    const problems = withEnglish((text) => text.replace('You set up the key card. ', ''));
    expect(problems).toEqual([
      expect.stringMatching(
        /hotel-room-214\/en\.yaml:\d+: scenes\.monday-check-in\.body: the text between fragments "speaks-little-dutch" and "small-bag-for-a-week" has 1 sentence\(s\) in Dutch and none in English; translate it, or leave it out in both$/,
      ),
    ]);
  });

  it('a sentence more in one language merges into its neighbour instead of failing', () => {
    expect(withEnglish((text) => text.replace('You set up the key card. ', 'You set up the key card. It takes a moment. '))).toEqual([]);
  });
});
