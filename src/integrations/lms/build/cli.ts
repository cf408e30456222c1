import { relative } from 'node:path';
import { buildPackages } from './build-package';
import { parsePackageArgs, USAGE } from './parse-args';

// `npm run build:scorm12 | build:scorm2004 | build:cmi5 -- [options]`
try {
  const options = parsePackageArgs(process.argv.slice(2));
  const files = await buildPackages(options);
  for (const file of files) console.log(`✔ ${relative(process.cwd(), file)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(`\n${USAGE}`);
  process.exit(1);
}
