import { UsageError } from '../host/usage-error';

/** `--shard i/n`: this run checks the i-th of n parts of the files (i from 1, as jest and playwright count). */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(s: string): Shard {
  const m = /^([1-9]\d*)\/([1-9]\d*)$/.exec(s);
  if (!m || Number(m[1]) > Number(m[2])) {
    throw new UsageError({ zh: `--shard 需要 i/n(1 ≤ i ≤ n),如 2/4,而不是“${s}”`, en: `--shard takes i/n with 1 ≤ i ≤ n, such as 2/4, not "${s}"` });
  }
  return { index: Number(m[1]), count: Number(m[2]) };
}

/**
 * The files of one shard. The list comes sorted by path (findScripts), the same on every machine
 * of a CI matrix given the same arguments: dealing it out in turn gives every file to exactly one
 * shard, and shards that differ in size by one file at most.
 */
export function filesOfShard<T>(sorted: readonly T[], shard: Shard): T[] {
  return sorted.filter((_, i) => i % shard.count === shard.index - 1);
}
