import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../engine';
import { problemsFor, type ContentProblem } from './content-problem';
import { displayPath } from './read-content-file';
import { ARCHIVE_DIR, REGISTRY_FILE, archivePath, fingerprint, readArchived, readRegistry } from './registry';

/**
 * The numbers-and-versions check (listed in check-rules.ts): every vignette's number and version against the registry of what has been issued and
 * shipped: numbers unique and never reassigned, a shipped version's structure unchanged (or the
 * author must raise `version`), and every shipped version archived exactly as registered.
 */
export function checkRegistry(root: string, scenarios: readonly Scenario[], scenarioFile: (id: string) => string, problems: ContentProblem[]) {
  const registry = readRegistry(root, problems);
  const reportRegistry = problemsFor(displayPath(join(root, REGISTRY_FILE)), problems);
  const issued = new Map(Object.entries(registry.vignettes).map(([id, entry]) => [entry.code, id]));
  const nextFree = Math.max(-1, ...issued.keys(), ...scenarios.map((s) => s.code)) + 1;

  for (const [id, entry] of Object.entries(registry.vignettes)) {
    if (issued.get(entry.code) !== id) reportRegistry(['vignettes', id, 'code'], `number ${entry.code} is issued twice`);
    for (const [version, print] of Object.entries(entry.shipped)) {
      const archived = readArchived(root, id, Number(version));
      if (!archived) reportRegistry(['vignettes', id, 'shipped', version], `archived structure ${displayPath(archivePath(root, id, Number(version)))} is missing`);
      else if (fingerprint(archived) !== print) reportRegistry(['vignettes', id, 'shipped', version], 'the archived structure does not match its fingerprint; archived structures are never edited');
    }
  }
  const archive = join(root, ARCHIVE_DIR);
  if (existsSync(archive)) {
    for (const id of readdirSync(archive)) {
      for (const file of readdirSync(join(archive, id))) {
        const version = /^v([1-9][0-9]*)\.json$/.exec(file)?.[1];
        if (!version || !registry.vignettes[id]?.shipped[version]) {
          reportRegistry(['vignettes', id], `${displayPath(join(archive, id, file))} is archived but not in the registry; the registry only grows`);
        }
      }
    }
  }

  const byCode = new Map<number, string>();
  for (const scenario of scenarios) {
    const report = problemsFor(scenarioFile(scenario.id), problems);
    const entry = registry.vignettes[scenario.id];
    const owner = issued.get(scenario.code);
    const other = byCode.get(scenario.code);
    // Two vignettes with one number: the one the registry issued it to keeps it.
    if (other && owner === undefined) report(['code'], `number ${scenario.code} is also the code of "${other}"; take ${nextFree}`);
    byCode.set(scenario.code, scenario.id);
    if (entry && entry.code !== scenario.code) report(['code'], `this vignette was issued number ${entry.code}; a number never changes`);
    else if (owner !== undefined && owner !== scenario.id) report(['code'], `number ${scenario.code} was issued to "${owner}"; take ${nextFree}`);
    if (!entry) continue;
    const shippedVersions = Object.keys(entry.shipped).map(Number);
    const latest = Math.max(0, ...shippedVersions);
    const shipped = entry.shipped[String(scenario.version)];
    if (scenario.version < latest) report(['version'], `version ${latest} has shipped already; the version never goes down`);
    else if (shipped !== undefined && shipped !== fingerprint(scenario)) {
      report(
        ['version'],
        `the structure (scenes, fragments, options, next, or the number of sentences between fragments) changed after version ${scenario.version} shipped; raise version to ${latest + 1}`,
      );
    }
  }
}
