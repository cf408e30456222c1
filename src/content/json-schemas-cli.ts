import { mkdirSync, writeFileSync } from 'node:fs';
import { EDITOR_SCHEMAS, renderEditorSettings, renderJsonSchema } from './json-schemas';

// `npm run content:schemas`: regenerates content/schemas/*.schema.json and the editor mapping.
mkdirSync('content/schemas', { recursive: true });
for (const { name, schema } of EDITOR_SCHEMAS) {
  writeFileSync(`content/schemas/${name}.schema.json`, renderJsonSchema(name, schema));
}
mkdirSync('.vscode', { recursive: true });
writeFileSync('.vscode/settings.json', renderEditorSettings());
console.log(`wrote ${EDITOR_SCHEMAS.length} schemas to content/schemas/ and .vscode/settings.json`);
