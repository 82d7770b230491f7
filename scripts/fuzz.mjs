// `npm run fuzz [-- RUNS]`: the robustness suite with every property test at RUNS random cases
// (default 10000) instead of npm test's few dozen. Every property of one run draws from one seed,
// printed first; CALLSCRIPT_FUZZ_SEED=<seed> with the same RUNS replays that run.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const runs = process.argv[2] ?? process.env.CALLSCRIPT_FUZZ_RUNS ?? '10000';
if (!/^[1-9]\d*$/.test(runs)) {
  console.error(`fuzz: the number of runs must be a positive whole number, not "${runs}"`);
  process.exit(2);
}

const given = process.env.CALLSCRIPT_FUZZ_SEED;
if (given !== undefined && !/^-?\d+$/.test(given)) {
  console.error(`fuzz: CALLSCRIPT_FUZZ_SEED must be a whole number, not "${given}"`);
  process.exit(2);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
function run(command, args, env = process.env) {
  const r = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// The same build and compile as npm test, so that the bundled server and the tests are current.
run(npm, ['run', 'pretest']);
const seed = given ?? String(randomInt(2 ** 31));
console.log(`fuzz: ${runs} runs per property, seed ${seed} (replay: CALLSCRIPT_FUZZ_SEED=${seed} npm run fuzz -- ${runs})`);
run(process.execPath, ['node_modules/mocha/bin/mocha.js', '--no-config', '--timeout', '0', 'out/test/robustness/**/*.test.js'], {
  ...process.env,
  CALLSCRIPT_FUZZ_RUNS: runs,
  CALLSCRIPT_FUZZ_SEED: seed,
});
