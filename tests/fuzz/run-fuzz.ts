import { spawnSync } from 'node:child_process';

// `npm run fuzz`: the decoder fuzz tests at their full count, 10,000 inputs per decoder (`npm test`
// runs the same tests with fewer). SIGNAAL_FUZZ_RUNS and SIGNAAL_FUZZ_SEED (an integer, or
// "random") override the count and the seed; anything after `--` goes to vitest, e.g. a file.
const runs = process.env.SIGNAAL_FUZZ_RUNS ?? '10000';
const seed = process.env.SIGNAAL_FUZZ_SEED === 'random' ? String(Math.floor(Math.random() * 2 ** 31)) : process.env.SIGNAAL_FUZZ_SEED;
const files = process.argv.slice(2);
console.log(`fuzz: ${runs} inputs per decoder, seed ${seed ?? 'fixed'}`);
const run = spawnSync('node_modules/.bin/vitest', ['run', '--configLoader', 'runner', ...(files.length > 0 ? files : ['tests/fuzz'])], {
  stdio: 'inherit',
  env: { ...process.env, SIGNAAL_FUZZ_RUNS: runs, ...(seed ? { SIGNAAL_FUZZ_SEED: seed } : {}) },
});
process.exit(run.status ?? 1);
