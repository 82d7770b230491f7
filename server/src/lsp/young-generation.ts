import { setFlagsFromString } from 'node:v8';

/**
 * An editor keeps the server running all day beside other servers: what it holds while the user
 * works matters more than the last percent of lint throughput. V8 starts the young generation at
 * 1 MB a half and doubles it, up to 16 MB, whenever a burst of linting allocates fast (opening a
 * folder's scripts), then keeps it for as long as the process is busy at all. Kept at its start
 * size, the server with 200 scripts open holds about 10 MB less (docs/benchmarks.md), and
 * keystrokes measured no slower: each one allocates a few kilobytes, so the more frequent young
 * collections are short. Huge first lints pay for it: a 6 MB script (117,000 lines) takes about
 * 15% longer the first time. A launch flag would say the same, but `callscript --stdio` is
 * started by editors we do not configure; V8 reads this one each time it would grow, so setting
 * it at start-up is enough.
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
