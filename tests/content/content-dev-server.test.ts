import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { HmrContext } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { signaalContent } from '../../src/content/vite-plugin';

const work = mkdtempSync(join(tmpdir(), 'signaal-dev-'));
const root = join(work, 'content');
cpSync(resolve('content'), root, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = join(root, 'scenarios/hotel-room-214/nl.yaml');
const original = readFileSync(file, 'utf8');

/** What the dev server sends to the open page when a file under content/ is saved. */
function save(text: string) {
  writeFileSync(file, text);
  const sent: unknown[] = [];
  const server = {
    moduleGraph: { idToModuleMap: new Map(), invalidateModule: () => undefined },
    ws: { send: (payload: unknown) => sent.push(payload) },
    config: { logger: { error: () => undefined } },
  };
  const hook = signaalContent(root).handleHotUpdate;
  const handler = typeof hook === 'function' ? hook : hook?.handler;
  handler?.call({} as never, { file, server } as unknown as HmrContext);
  return sent;
}

describe('the content plugin in the dev server', () => {
  it('shows a saved vignette’s problems in the page, with the file and line', () => {
    const sent = save(original.replace('[[booked-and-paid-by-him|', ''));
    expect(sent).toHaveLength(1);
    const [payload] = sent as { type: string; err: { message: string; loc?: { line: number } } }[];
    expect(payload?.type).toBe('error');
    const lines = original.split('\n');
    const body = lines.findIndex((l, i) => i > lines.indexOf('  monday-check-in:') && l.startsWith('    body:')) + 1;
    expect(payload?.err.message).toContain(
      `content/scenarios/hotel-room-214/nl.yaml:${body}: scenes.monday-check-in.body: fragment "booked-and-paid-by-him" is not marked in this language`,
    );
    expect(payload?.err.loc?.line).toBe(body);
  });

  it('reloads the page once the vignette is fixed', () => {
    expect(save(original.replace(/^title: /m, 'title: Bewerkt — '))).toEqual([{ type: 'full-reload' }]);
  });
});
