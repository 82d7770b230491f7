// `npm run fuzz [-- RUNS]`: the robustness suite with every property test at RUNS random cases
// (default 10000) instead of npm test's few dozen. CALLSCRIPT_FUZZ_SEED=<seed> replays a failure.
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? process.env.CALLSCRIPT_FUZZ_RUNS ?? '10000';
if (!/^[1-9]\d*$/.test(runs)) {
  console.error(`fuzz: the number of runs must be a positive whole number, not "${runs}"`);
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
function run(command, args, env = process.env) {
  const r = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// The same build and compile as npm test, so that the bundled server and the tests are current.
run(npm, ['run', 'pretest']);
console.log(`fuzz: ${runs} runs per property${process.env.CALLSCRIPT_FUZZ_SEED ? `, seed ${process.env.CALLSCRIPT_FUZZ_SEED}` : ''}`);
run(process.execPath, ['node_modules/mocha/bin/mocha.js', '--no-config', '--timeout', '0', 'out/test/robustness/**/*.test.js'], {
  ...process.env,
  CALLSCRIPT_FUZZ_RUNS: runs,
});
