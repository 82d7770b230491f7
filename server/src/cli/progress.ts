/** Below this many files a run is over before a bar would be read. */
const PROGRESS_MIN_FILES = 200;
const WIDTH = 30;

export interface Progress {
  update(done: number, total: number): void;
  /** Clears the bar so that the report starts on a clean line. */
  end(): void;
}

const SILENT: Progress = { update: () => undefined, end: () => undefined };

/** A bar on stderr, redrawn only when it moves, for long runs on a terminal. */
export function progressBar(stream: NodeJS.WriteStream, files: number): Progress {
  if (!stream.isTTY || files < PROGRESS_MIN_FILES) return SILENT;
  let drawn = -1;
  return {
    update(done, total) {
      const filled = Math.floor((done / total) * WIDTH);
      if (filled === drawn && done !== total) return;
      drawn = filled;
      stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${done}/${total}`);
    },
    end() {
      if (drawn >= 0) stream.write('\r\u001b[K');
    },
  };
}
