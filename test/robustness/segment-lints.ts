import type { IncrementalLinter } from '../../server/src/engine/incremental-lint';

/** How many segments an update lints (it parses each one's text once). */
export function countSegmentLints(linter: IncrementalLinter, run: () => void): number {
  const proto = Object.getPrototypeOf(linter) as { lintSegment: (...a: unknown[]) => unknown };
  const original = proto.lintSegment;
  let count = 0;
  proto.lintSegment = function (this: unknown, ...args: unknown[]) {
    count++;
    return original.apply(this, args);
  };
  try {
    run();
  } finally {
    proto.lintSegment = original;
  }
  return count;
}
