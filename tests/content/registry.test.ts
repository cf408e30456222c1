import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/content-problem';
import { loadContent } from '../../src/content/load-content';
import { archivePath, fingerprint, freeze, readArchived, readRegistry } from '../../src/content/registry';

let root = '';
const made: string[] = [];
const copyContent = () => {
  root = mkdtempSync(join(tmpdir(), 'signaal-registry-'));
  made.push(root);
  cpSync(resolve('content'), root, { recursive: true });
  return root;
};
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const problems = () => loadContent({ root }).problems.map(formatProblem);
const edit = (file: string, change: (text: string) => string) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
const HOTEL = 'scenarios/hotel-room-214';

describe('the registry of numbers and shipped structures', () => {
  it('archives every vignette of today at version 1, as shipped before neutral units existed', () => {
    const registry = readRegistry(resolve('content'), []);
    expect(Object.values(registry.vignettes).map((v) => v.code).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    for (const [id, entry] of Object.entries(registry.vignettes)) {
      const v1 = readArchived(resolve('content'), id, 1);
      expect(v1 && fingerprint(v1)).toBe(entry.shipped['1']);
      expect(v1?.scenes.every((scene) => scene.neutrals.length === 0)).toBe(true);
    }
  });

  it('freezes the current versions, after which a changed structure needs a higher version', () => {
    copyContent();
    const { content } = loadContent({ root });
    expect(freeze(root, content.scenarios)).toHaveLength(content.scenarios.length);
    expect(freeze(root, loadContent({ root }).content.scenarios)).toEqual([]);
    expect(problems()).toEqual([]);
    // One more sentence before the first fragment of the first scene: one more neutral unit.
    edit(`${HOTEL}/nl.yaml`, (text) => text.replace(/body: \|\n(\s+)/, (m) => `${m}Het is een rustige avond. `));
    edit(`${HOTEL}/en.yaml`, (text) => text.replace(/body: \|\n(\s+)/, (m) => `${m}It is a quiet evening. `));
    expect(problems()).toContainEqual(expect.stringMatching(/hotel-room-214\/scenario\.yaml:\d+: version: the structure .* changed after version 2 shipped; raise version to 3$/));
    edit(`${HOTEL}/scenario.yaml`, (text) => text.replace(/^version: 2$/m, 'version: 3'));
    expect(problems()).toEqual([]);
  });

  it('never reassigns a number, and never lets a version go down', () => {
    copyContent();
    edit('scenarios/hotel-agency-cleaners/scenario.yaml', (text) => text.replace(/^code: 1$/m, 'code: 0'));
    edit(`${HOTEL}/scenario.yaml`, (text) => text.replace(/^version: 2$/m, 'version: 1').replace(/^(scenes:)/m, '$1'));
    const found = problems();
    expect(found).toContainEqual(expect.stringMatching(/hotel-agency-cleaners\/scenario\.yaml:\d+: code: this vignette was issued number 1; a number never changes$/));
    expect(found).toContainEqual(expect.stringMatching(/hotel-room-214\/scenario\.yaml:\d+: version: the structure .* changed after version 1 shipped; raise version to 2$/));
  });

  it('refuses a number issued to another vignette, and names the next free one', () => {
    copyContent();
    const highest = Math.max(...loadContent({ root }).content.scenarios.map((s) => s.code));
    edit('scenarios/care-seasonal-recruiter/scenario.yaml', (text) => text.replace(/^code: \d+$/m, 'code: 4'));
    edit('scenarios/school-shoplifting-debt/scenario.yaml', (text) => text.replace(/^code: \d+$/m, `code: ${highest + 7}`));
    expect(problems()).toEqual([
      expect.stringMatching(new RegExp(`care-seasonal-recruiter/scenario\\.yaml:\\d+: code: number 4 was issued to "school-night-shifts"; take ${highest + 8}$`)),
    ]);
  });

  it('refuses two new vignettes with one number', () => {
    copyContent();
    const { content } = loadContent({ root });
    const [a, b] = content.scenarios.filter((s) => s.code > 8);
    if (!a || !b) throw new Error('needs two vignettes not yet shipped');
    edit(`scenarios/${b.id}/scenario.yaml`, (text) => text.replace(/^code: \d+$/m, `code: ${a.code}`));
    expect(problems()).toEqual([expect.stringMatching(new RegExp(`${b.id}/scenario\\.yaml:\\d+: code: number ${a.code} is also the code of "${a.id}"`))]);
  });

  it('keeps the registry and the archive together: neither may lose what was shipped', () => {
    copyContent();
    unlinkSync(archivePath(root, 'hotel-room-214', 1));
    expect(problems()).toContainEqual(expect.stringMatching(/registry\.yaml: vignettes\.hotel-room-214\.shipped\.1: archived structure .* is missing$/));
    copyContent();
    edit('registry.yaml', (text) => text.replace(/ {2}hotel-room-214:\n {4}code: 0\n {4}shipped:\n {6}"1": [0-9a-f]+\n/, ''));
    expect(problems()).toContainEqual(expect.stringMatching(/is archived but not in the registry; the registry only grows$/));
    copyContent();
    edit('archive/hotel-room-214/v1.json', (text) => text.replace('"harmful"', '"acceptable"'));
    expect(problems()).toContainEqual(expect.stringMatching(/the archived structure does not match its fingerprint/));
  });
});
