import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// `npm test`: every check and every test, in the order that fails fastest, ending with the one
// line CI reads: "N passed, N failed".

const bin = (name: string) => `node_modules/.bin/${name}`;
const results = 'test-results';
let passed = 0;
let failed = 0;

function step(label: string, command: string, args: string[]) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${run.status === 0 ? '✔' : '✘'} ${label} (${seconds} s)`);
  return run.status === 0;
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

/** Runs commands side by side (each uses one core), output kept per command and shown when it ends. */
async function together(steps: [string, string, string[]][]) {
  const started = Date.now();
  console.log(`\n▶ ${steps.map(([label]) => label).join(' ‖ ')}`);
  const results = await Promise.all(
    steps.map(
      ([label, command, args]) =>
        new Promise<boolean>((resolve) => {
          const child = spawn(command, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
          let output = '';
          child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.on('close', (code) => {
            const seconds = ((Date.now() - started) / 1000).toFixed(1);
            if (output.trim()) console.log(output.trimEnd());
            console.log(`${code === 0 ? '✔' : '✘'} ${label} (${seconds} s)`);
            resolve(code === 0);
          });
        }),
    ),
  );
  return results.filter((ok) => !ok).length;
}

// Lint and typecheck each use one core: on two cores they take the time of the slower one.
const staticFailures = await together([
  ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['typecheck', bin('tsc'), ['--noEmit']],
]);
failed += staticFailures;
let ready = staticFailures === 0;
for (const [label, command, args] of [
  ['content check', bin('tsx'), ['src/content/check-cli.ts']],
  ['build', bin('vite'), ['build', '--configLoader', 'runner', '--logLevel', 'warn']],
] as [string, string, string[]][]) {
  if (!ready) break;
  if (step(label, command, args)) continue;
  failed += 1;
  ready = false;
}

if (ready) {
  // Every vitest project: node, dom (components, stores) and build (reads dist/, just made).
  const unitExit = step('unit, component and build tests', bin('vitest'), [
    'run', '--configLoader', 'runner', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/unit.json`,
  ]);
  const unit = readJson(`${results}/unit.json`) as { numPassedTests: number; numFailedTests: number } | undefined;
  if (unit) {
    passed += unit.numPassedTests;
    failed += unit.numFailedTests;
  }
  if (!unit || (!unitExit && unit.numFailedTests === 0)) failed += 1;

  const e2eExit = step('browser tests', bin('playwright'), ['test']);
  const e2e = readJson(`${results}/e2e.json`) as
    | { stats: { expected: number; unexpected: number; flaky: number }; errors: unknown[] }
    | undefined;
  if (e2e) {
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
  }
  // A run that failed before any test (port taken, config error) must never read as green.
  const e2eFailures = e2e ? e2e.stats.unexpected + e2e.stats.flaky : 0;
  if (!e2e || e2e.errors.length > 0 || (!e2eExit && e2eFailures === 0)) failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
