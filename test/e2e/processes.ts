import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/**
 * A child process started in its own process group, so that stopping it by its pid also ends
 * what it started (code-server's extension host, the language server it spawns).
 */
export interface Started {
  readonly pid: number;
  readonly child: ChildProcess;
  /** Everything it printed so far (stdout and stderr, interleaved), for failure reports. */
  output(): string;
  /** Resolves with the first match of `pattern` in its output; rejects if it exits first. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  exited(): Promise<number | null>;
  stop(): Promise<void>;
}

const OUTPUT_LIMIT = 200_000;
const STOP_GRACE_MS = 10_000;

export function startGroup(command: string, args: readonly string[], options: SpawnOptions): Started {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = child.pid;
  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
    for (const l of listeners) l();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  let exitCode: number | null | undefined;
  const exit = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      exitCode = code;
      for (const l of listeners) l();
      resolve(code);
    });
  });
  // A test run that dies mid-way must not leave a server behind on the machine.
  const killOnExit = (): void => signalGroup(pid, 'SIGKILL');
  process.once('exit', killOnExit);

  return {
    pid,
    child,
    output: () => output,
    exited: () => exit,
    waitForOutput(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const match = output.match(pattern);
          if (match) return done(() => resolve(match));
          if (exitCode !== undefined) {
            done(() => reject(new Error(`${command} exited (${exitCode}) before printing ${pattern}:\n${output}`)));
          }
        };
        const timer = setTimeout(
          () => done(() => reject(new Error(`${command} did not print ${pattern} within ${timeoutMs} ms:\n${output}`))),
          timeoutMs,
        );
        const done = (settle: () => void): void => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      });
    },
    async stop() {
      process.removeListener('exit', killOnExit);
      if (exitCode !== undefined) return;
      signalGroup(pid, 'SIGTERM');
      const grace = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_GRACE_MS).unref());
      if ((await Promise.race([exit, grace])) === 'timeout') {
        signalGroup(pid, 'SIGKILL');
        await exit;
      }
      // The group may outlive its leader (children that ignore SIGTERM): end them too.
      signalGroup(pid, 'SIGKILL');
    },
  };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
  }
}
