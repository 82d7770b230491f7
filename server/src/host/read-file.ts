import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** Thrown for a FIFO, socket or device; its `code` is what the CLI and the editor show. */
export class NotARegularFileError extends Error {
  readonly code = 'not a regular file';

  constructor(file: string) {
    super(`${file} is not a regular file`);
  }
}

/** Opened without waiting for a writer (see readRegularFile). */
const READ_WITHOUT_WAITING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * A regular file's content. Reading a FIFO named like a script or a config would wait forever for
 * a writer, and hold one of the few threads that every file read of the process shares: so the
 * file is opened without blocking and refused unless it is a regular file.
 */
export async function readRegularFile(file: string): Promise<Buffer> {
  const handle = await open(file, READ_WITHOUT_WAITING);
  try {
    if (!(await handle.stat()).isFile()) throw new NotARegularFileError(file);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** The same, synchronously: for the CLI's walk, which has nothing else to do while it waits. */
export function readRegularFileSync(file: string): Buffer {
  const fd = openSync(file, READ_WITHOUT_WAITING);
  try {
    if (!fstatSync(fd).isFile()) throw new NotARegularFileError(file);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
