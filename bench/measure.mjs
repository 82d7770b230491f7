// Runs a command the way a user would and measures what it cost: wall time from spawn to exit,
// and peak resident memory and CPU time — from /usr/bin/time where the machine has it
// (Debian/Ubuntu package `time`), else the memory's high-water mark in /proc/<pid>/status,
// sampled while it runs (and no CPU time).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const RSS_SOURCE = existsSync(GNU_TIME) ? '/usr/bin/time -v' : existsSync('/proc/self/status') ? '/proc VmHWM sampling' : 'unavailable';

/**
 * `output`: 'capture' keeps stdout as a string, 'count-lines' only counts its lines (for tools
 * that print every match), 'discard' drops it.
 */
export function runMeasured(command, args, { output = 'capture', cwd, env } = {}) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'callscript-bench-time-'));
  const timeFile = path.join(scratch, 'time.txt');
  const [cmd, argv] = RSS_SOURCE === '/usr/bin/time -v' ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakKb = 0;
    let cpuMs = null;
    const sampler = RSS_SOURCE === '/proc VmHWM sampling' ? setInterval(() => (peakKb = Math.max(peakKb, highWaterKb(child.pid))), 5) : null;
    const chunks = [];
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (b) => {
      if (output === 'capture') chunks.push(b);
      else if (output === 'count-lines') for (let i = 0; i < b.length; i++) if (b[i] === 10) lines++;
    });
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (sampler) clearInterval(sampler);
      if (RSS_SOURCE === '/usr/bin/time -v') {
        // GNU time writes "Command exited with non-zero status N" before the figure.
        const figures = readFileSync(timeFile, 'utf8').trim().split('\n');
        const [kb, user, sys] = figures[figures.length - 1].split(' ').map(Number);
        peakKb = kb;
        cpuMs = Math.round((user + sys) * 1000);
        stderr = stderr.trimEnd();
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({ code, wallMs, cpuMs, peakRssMb: peakKb ? peakKb / 1024 : null, stdout: Buffer.concat(chunks).toString('utf8'), lines, stderr });
    });
  });
}

function highWaterKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** `run` done `times` times, one after the other; the median run. */
export async function medianOf(times, run) {
  const runs = [];
  for (let i = 0; i < times; i++) runs.push(await run());
  return pickMedian(runs);
}

/** The median run by wall time, with every run's time; the peak memory is the largest seen. */
export function pickMedian(runs) {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  const mid = sorted[Math.floor(sorted.length / 2)];
  return { ...mid, runs: runs.map((r) => Math.round(r.wallMs)), peakRssMb: Math.max(...runs.map((r) => r.peakRssMb ?? 0)) || null };
}
