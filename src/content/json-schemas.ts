import { z } from 'zod';
import {
  IndicatorsFileSchema,
  PageTextFileSchema,
  PagesTextFileSchema,
  RoutesFileSchema,
  ScenarioFileSchema,
  ScenarioTextFileSchema,
  SourcesFileSchema,
  TaxonomyTextFileSchema,
} from './files.schema';

/**
 * JSON Schemas for editors, generated from the zod schemas the content check uses, with the
 * files each one describes (globs relative to the repository root).
 */
export const EDITOR_SCHEMAS = [
  { name: 'scenario', schema: ScenarioFileSchema, files: ['content/scenarios/*/scenario.yaml'] },
  { name: 'scenario-text', schema: ScenarioTextFileSchema, files: ['content/scenarios/*/nl.yaml', 'content/scenarios/*/en.yaml'] },
  { name: 'indicators', schema: IndicatorsFileSchema, files: ['content/taxonomy/indicators.yaml'] },
  { name: 'taxonomy-text', schema: TaxonomyTextFileSchema, files: ['content/taxonomy/nl.yaml', 'content/taxonomy/en.yaml'] },
  { name: 'sources', schema: SourcesFileSchema, files: ['content/sources.yaml'] },
  { name: 'routes', schema: RoutesFileSchema, files: ['content/pages/routes.yaml'] },
  { name: 'routes-text', schema: PagesTextFileSchema, files: ['content/pages/nl.yaml', 'content/pages/en.yaml'] },
  { name: 'page-text', schema: PageTextFileSchema, files: ['content/pages/*/nl.yaml', 'content/pages/*/en.yaml'] },
] as const;

/** The JSON Schema text of one content file kind, stable for committing. */
export function renderJsonSchema(name: string, schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...json, $id: `${name}.schema.json`, title: `Signaal ${name} file` }, null, 2)}\n`;
}

/** VS Code settings mapping each schema onto its files (YAML extension). */
export function renderEditorSettings(): string {
  const yamlSchemas = Object.fromEntries(EDITOR_SCHEMAS.map((s) => [`./content/schemas/${s.name}.schema.json`, [...s.files]]));
  return `${JSON.stringify({ 'yaml.schemas': yamlSchemas }, null, 2)}\n`;
}
