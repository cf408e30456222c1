import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import type { PackageConfig } from '../../../content/package-config';
import { formatProblem } from '../../../content/content-problem';
import { loadContent } from '../../../content/load-content';
import { signaalContent } from '../../../content/vite-plugin';
import type { Locale } from '../../../engine';
import { cmi5CourseStructure, CONTROL_DOCUMENTS, MANIFEST_FILE, scorm12Manifest, scorm2004Manifest, type Standard } from './manifests';

const CONTROL_DOCUMENTS_DIR = resolve('src/integrations/lms/build/control-documents');

/** The schema files a standard's package carries at its root, read from the repository. */
export const controlDocuments = (standard: Standard): Zippable =>
  Object.fromEntries(
    CONTROL_DOCUMENTS[standard].map((name) => [name, [readFileSync(join(CONTROL_DOCUMENTS_DIR, standard, name)), { mtime: FIXED_DATE }]]),
  );

export type PackageOptions = {
  standards: Standard[];
  /** Vignette ids; all of them when not given. */
  scenarios?: string[];
  passMark: number | null;
  lang: Locale;
  title?: string;
  activityId?: string;
  outDir: string;
  contentRoot?: string;
};

// Zip entries get a fixed date, so the same input builds byte-identical packages.
const FIXED_DATE = new Date('2024-01-01T00:00:00Z');

type PackageStrings = { package: { title_one: string; title_other: string; description: string } };

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Works out the package's configuration from the options and the validated content. */
export function resolvePackage(options: PackageOptions) {
  const root = options.contentRoot ?? resolve('content');
  const { content, problems } = loadContent({ root });
  if (problems.length > 0) throw new Error(`content/ has problems:\n${problems.map(formatProblem).join('\n')}`);
  const known = content.scenarios.map((s) => s.id as string);
  const scenarios = options.scenarios ?? known;
  const unknown = scenarios.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new Error(`unknown vignette(s): ${unknown.join(', ')}; known: ${known.join(', ')}`);
  if (scenarios.length === 0) throw new Error('a package needs at least one vignette');
  const strings = (JSON.parse(readFileSync(join(root, 'locales', options.lang, 'lms.json'), 'utf8')) as PackageStrings).package;
  const only = content.scenarios.find((s) => s.id === scenarios[0]);
  const title =
    options.title ??
    (scenarios.length === 1 && only
      ? strings.title_one.replace('{{title}}', only.text[options.lang].title)
      : strings.title_other.replace('{{count}}', String(scenarios.length)));
  const digest = createHash('sha256').update(JSON.stringify([scenarios, options.passMark, options.lang])).digest('hex').slice(0, 16);
  const config: PackageConfig = {
    scenarios,
    passMark: options.passMark,
    lang: options.lang,
    activityId: options.activityId ?? `urn:signaal:course:${digest}`,
    title,
  };
  return { config, course: { ...config, identifier: `signaal-${digest}`, description: strings.description } };
}

/**
 * Builds the app once for the chosen vignettes, pass mark and language, and zips it with the
 * manifest of each standard asked for. The package build leaves out the service worker and the
 * prerendered first screen: inside an LMS the LMS serves and updates the files, and the first
 * screen depends on the package's vignettes.
 */
export async function buildPackages(options: PackageOptions): Promise<string[]> {
  const { config, course } = resolvePackage(options);
  const appDir = mkdtempSync(join(tmpdir(), 'signaal-package-'));
  // A package is a production build even when started from a test run (NODE_ENV=test).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: false,
      mode: 'production',
      root: resolve('.'),
      base: './',
      logLevel: 'warn',
      plugins: [react(), signaalContent(options.contentRoot ?? resolve('content'))],
      define: { __SIGNAAL_PACKAGE__: JSON.stringify(config) },
      build: { outDir: appDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
    });
    const paths = listFiles(appDir);
    const app: Zippable = Object.fromEntries(paths.map((path) => [path, [readFileSync(join(appDir, path)), { mtime: FIXED_DATE }]]));
    mkdirSync(options.outDir, { recursive: true });
    return options.standards.map((standard) => {
      const manifest =
        standard === 'scorm12' ? scorm12Manifest(course, paths) : standard === 'scorm2004' ? scorm2004Manifest(course, paths) : cmi5CourseStructure(course);
      const files: Zippable = { ...app, ...controlDocuments(standard), [MANIFEST_FILE[standard]]: [new TextEncoder().encode(manifest), { mtime: FIXED_DATE }] };
      const zip = zipSync(files, { level: 9, mtime: FIXED_DATE });
      const file = join(options.outDir, `signaal-${standard}-${config.lang}.zip`);
      writeFileSync(file, zip);
      return file;
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    rmSync(appDir, { recursive: true, force: true });
  }
}
