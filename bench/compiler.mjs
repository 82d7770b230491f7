// What V8's optimizing compiler (TurboFan) costs the CLI: how much compiling it does over one run,
// and how the run fares when V8 has one background thread instead of the four Node.js gives it on
// any machine (its compile jobs run there, beside the thread that lints).
import { pickMedian, runMeasured } from './measure.mjs';

const COMPILED = /^\[completed compiling .* - took ([\d.]+), ([\d.]+), ([\d.]+) ms\]$/;
const ONE_THREAD = '--v8-pool-size=1';

/**
 * `args`: the CLI's command line after `node`. Compile time is read from `--trace-opt` with one
 * background thread, so that its jobs do not wait for each other; wall times are interleaved
 * medians of `runs` runs each way.
 */
export async function compilerCost(args, { cwd, runs }) {
  const traced = await runMeasured(process.execPath, [ONE_THREAD, '--trace-opt', ...args], { output: 'capture', cwd });
  let functions = 0;
  let compileMs = 0;
  for (const line of traced.stdout.split('\n')) {
    const m = COMPILED.exec(line);
    if (!m) continue;
    functions++;
    compileMs += Number(m[1]) + Number(m[2]) + Number(m[3]);
  }
  const plain = [];
  const oneThread = [];
  for (let i = 0; i < runs; i++) {
    plain.push(await runMeasured(process.execPath, args, { output: 'discard', cwd }));
    oneThread.push(await runMeasured(process.execPath, [ONE_THREAD, ...args], { output: 'discard', cwd }));
  }
  const wallOf = (measured) => Math.round(pickMedian(measured).wallMs);
  return { functions, compileMs: Math.round(compileMs), wallMs: wallOf(plain), oneThreadWallMs: wallOf(oneThread), runs };
}
