import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EDITOR_SCHEMAS, renderEditorSettings, renderJsonSchema } from '../../src/content/json-schemas';

describe('JSON Schemas for content editors', () => {
  it.each(EDITOR_SCHEMAS.map((s) => [s.name, s] as const))('%s.schema.json is up to date with its zod schema (npm run content:schemas)', (name, { schema }) => {
    expect(readFileSync(`content/schemas/${name}.schema.json`, 'utf8')).toBe(renderJsonSchema(name, schema));
  });

  it('the editor settings map every schema onto its files', () => {
    expect(readFileSync('.vscode/settings.json', 'utf8')).toBe(renderEditorSettings());
  });

  it('accept the real vignette and reject what the content check rejects', () => {
    const { schema } = EDITOR_SCHEMAS[0];
    const file = parse(readFileSync(resolve('content/scenarios/hotel-room-214/scenario.yaml'), 'utf8'));
    expect(schema.safeParse(file).success).toBe(true);
    const json = JSON.parse(renderJsonSchema('scenario', schema));
    expect(json.required).toEqual(expect.arrayContaining(['id', 'sector', 'form', 'scenes', 'start']));
    expect(json.properties.warning.enum).toEqual(['mild', 'moderate', 'severe']);
  });
});
