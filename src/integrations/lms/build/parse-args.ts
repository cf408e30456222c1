import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../../../engine';
import type { PackageOptions } from './build-package';
import { STANDARDS, type Standard } from './manifests';

export const USAGE = `Usage: npm run build:scorm12 -- [options]   (also build:scorm2004, build:cmi5)

  --standard scorm12,scorm2004,cmi5   which packages to make (set by the npm script)
  --scenarios id,id,...                which vignettes (default: all)
  --pass-mark 0-100 | none             pass mark (default: 70; "none" reports completed only)
  --lang nl | en                       the package's language (default: nl)
  --title "..."                        course title shown in the LMS
  --activity-id IRI                    course id for cmi5 / xAPI (default: derived from the above)
  --out-dir folder                     where the zips go (default: dist-lms)`;

const list = (value: string | undefined) => value?.split(',').map((v) => v.trim()).filter(Boolean);

/** Reads the package build's command line; throws a readable message on bad input. */
export function parsePackageArgs(args: string[]): PackageOptions {
  const { values } = parseArgs({
    args,
    options: {
      standard: { type: 'string' },
      scenarios: { type: 'string' },
      'pass-mark': { type: 'string', default: '70' },
      lang: { type: 'string', default: 'nl' },
      title: { type: 'string' },
      'activity-id': { type: 'string' },
      'out-dir': { type: 'string', default: 'dist-lms' },
    },
    strict: true,
  });
  const standards = list(values.standard) ?? [];
  const wrong = standards.filter((s) => !(STANDARDS as readonly string[]).includes(s));
  if (standards.length === 0 || wrong.length > 0) throw new Error(`--standard must be one or more of ${STANDARDS.join(', ')}`);
  const mark = values['pass-mark'];
  const passMark = mark === 'none' ? null : Number(mark);
  if (passMark !== null && !(Number.isInteger(passMark) && passMark >= 0 && passMark <= 100)) {
    throw new Error(`--pass-mark must be a whole number from 0 to 100, or "none" (got "${mark}")`);
  }
  if (!(LOCALES as readonly string[]).includes(values.lang)) throw new Error(`--lang must be one of ${LOCALES.join(', ')}`);
  const activityId = values['activity-id'];
  if (activityId !== undefined && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(activityId)) throw new Error('--activity-id must be an IRI, e.g. https://example.org/courses/signaal');
  const scenarios = list(values.scenarios);
  return {
    standards: standards as Standard[],
    ...(scenarios ? { scenarios } : {}),
    passMark,
    lang: values.lang as Locale,
    ...(values.title ? { title: values.title } : {}),
    ...(activityId ? { activityId } : {}),
    outDir: values['out-dir'],
  };
}
