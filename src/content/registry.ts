import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import type { Scenario, ScenarioStructure } from '../engine';
import type { ContentProblem } from './content-problem';
import { createReader } from './read-content-file';

// The registry of issued numbers and shipped structures (content/registry.yaml) and the archive of
// shipped structures (content/archive/<id>/v<version>.json). Both only grow: a number once issued
// keeps meaning the same vignette, and a structure once shipped stays replayable, because links,
// result codes, certificates and stored progress made on it are out there.

export const REGISTRY_FILE = 'registry.yaml';
export const ARCHIVE_DIR = 'archive';

const fingerprintText = z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits (written by npm run content:freeze)');

export const RegistryFileSchema = z.strictObject({
  vignettes: z.record(
    z.string(),
    z.strictObject({
      code: z.number().int().min(0),
      /** Shipped content versions and the fingerprint of each one's structure. */
      shipped: z.record(z.string().regex(/^[1-9][0-9]*$/), fingerprintText),
    }),
  ),
});
export type Registry = z.infer<typeof RegistryFileSchema>;

/**
 * What a record needs to replay on a version: the structure, without text, catalogue facts or a
 * fragment's sources (citations can change without changing what an answer means).
 */
export const structureOf = (scenario: ScenarioStructure): ScenarioStructure => ({
  id: scenario.id,
  version: scenario.version,
  start: scenario.start,
  scenes: scenario.scenes.map((scene) => ({
    ...scene,
    fragments: scene.fragments.map(({ sources: _sources, ...fragment }) => fragment),
  })),
});

// JSON with object keys sorted, so the fingerprint depends on the structure, not on key order.
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

/**
 * A short fingerprint of a structure: SHA-256 of its canonical JSON, first 16 hex digits. Changing
 * a scene, fragment, option, branch or the neutral units of a scene (its sentence count) changes it.
 */
export function fingerprint(structure: ScenarioStructure): string {
  return createHash('sha256').update(canonical(structureOf(structure))).digest('hex').slice(0, 16);
}

export const archivePath = (root: string, id: string, version: number) => join(root, ARCHIVE_DIR, id, `v${version}.json`);

/** Reads the registry; a content root without one has issued nothing yet. */
export function readRegistry(root: string, problems: ContentProblem[]): Registry {
  const file = join(root, REGISTRY_FILE);
  if (!existsSync(file)) return { vignettes: {} };
  const reader = createReader();
  const registry = reader.read(file, RegistryFileSchema);
  problems.push(...reader.problems);
  return reader.problems.length === 0 && registry ? registry : { vignettes: {} };
}

/** Reads an archived structure as it was written; undefined when there is none. */
export function readArchived(root: string, id: string, version: number): ScenarioStructure | undefined {
  const file = archivePath(root, id, version);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as ScenarioStructure;
}

const REGISTRY_HEADER = `# Issued vignette numbers and shipped structures. Only grows; written by \`npm run content:freeze\`.
# A number keeps meaning its vignette forever. Each shipped version keeps its structure's
# fingerprint here and the structure itself in archive/<id>/v<version>.json, so records made on
# it (links, result codes, certificates, stored progress) keep replaying. See content/README.md.
`;

/**
 * Records structures as shipped: each vignette's number, its version's fingerprint in the registry
 * and its structure in the archive. Never changes what was recorded before; returns what it added.
 */
export function freeze(root: string, structures: (ScenarioStructure & Pick<Scenario, 'code'>)[]): string[] {
  const problems: ContentProblem[] = [];
  const registry = readRegistry(root, problems);
  if (problems.length > 0) throw new Error(`${REGISTRY_FILE} cannot be read; run npm run content:check`);
  const added: string[] = [];
  for (const structure of structures) {
    const entry = registry.vignettes[structure.id] ?? { code: structure.code, shipped: {} };
    if (entry.code !== structure.code) throw new Error(`${structure.id} has code ${structure.code}, issued as ${entry.code}`);
    const print = fingerprint(structure);
    const shipped = entry.shipped[String(structure.version)];
    if (shipped !== undefined && shipped !== print) throw new Error(`${structure.id} v${structure.version} changed after it shipped`);
    if (shipped === undefined) {
      entry.shipped[String(structure.version)] = print;
      const file = archivePath(root, structure.id, structure.version);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(structureOf(structure), null, 1)}\n`);
      added.push(`${structure.id} v${structure.version}`);
    }
    registry.vignettes[structure.id] = entry;
  }
  const sorted = Object.fromEntries(Object.entries(registry.vignettes).sort(([, a], [, b]) => a.code - b.code));
  writeFileSync(join(root, REGISTRY_FILE), REGISTRY_HEADER + stringify({ vignettes: sorted }));
  return added;
}

/** Every (number, id) ever issued (the registry) and those of the given vignettes, by number. */
export function issuedCodes(root: string, scenarios: readonly Pick<Scenario, 'code' | 'id'>[]): [number, string][] {
  const codes = new Map(Object.entries(readRegistry(root, []).vignettes).map(([id, entry]) => [entry.code, id]));
  for (const s of scenarios) codes.set(s.code, s.id);
  return [...codes].sort(([a], [b]) => a - b);
}
