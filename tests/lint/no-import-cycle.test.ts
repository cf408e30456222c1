import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { noImportCycle } from '../../eslint-rules/no-import-cycle.js';

const root = mkdtempSync(join(tmpdir(), 'signaal-cycle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(files: Record<string, string>) {
  const dir = mkdtempSync(join(root, 'project-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function cycles(dir: string) {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['src/**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { signaal: { rules: { 'no-import-cycle': noImportCycle } } },
        rules: { 'signaal/no-import-cycle': 'error' },
      },
    ],
  });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  return results.flatMap((r) => r.messages.map((m) => m.message));
}

describe('the import-cycle lint rule', () => {
  it('reports a cycle made of a dynamic import one way and a type-only import back', async () => {
    const dir = project({
      'src/lms/detect.ts': "export const go = () => import('./start');\n",
      'src/lms/start.ts': "import type { Launch } from './detect';\nexport type X = Launch;\n",
    });
    expect(await cycles(dir)).toEqual([
      'Import cycle: src/lms/detect.ts → src/lms/start.ts → src/lms/detect.ts. Move what both sides need into a module of its own.',
      'Import cycle: src/lms/start.ts → src/lms/detect.ts → src/lms/start.ts. Move what both sides need into a module of its own.',
    ]);
  });

  it('reports a longer cycle through an index file, and nothing where imports point one way', async () => {
    const dir = project({
      'src/engine/index.ts': "export * from './a';\n",
      'src/engine/a.ts': "import { b } from './b';\nexport const a = b;\n",
      'src/engine/b.ts': "import { a } from '.';\nexport const b = 1;\nexport const c = a;\n",
      'src/content/use.ts': "import { a } from '../engine';\nexport const d = a;\n",
    });
    const found = await cycles(dir);
    expect(found).toHaveLength(3);
    expect(found).toContain('Import cycle: src/engine/b.ts → src/engine/index.ts → src/engine/a.ts → src/engine/b.ts. Move what both sides need into a module of its own.');
    expect(found.join('\n')).not.toContain('src/content/use.ts →');
  });
});
