/**
 * "Billion laughs" in YAML: nine anchors, each a list of nine aliases to the one before, so that
 * expanding `i` would make 9^9 (387 million) strings. Keys a…i, one per line, each line ending.
 */
export function aliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let k = 1; k < 9; k++) {
    const name = String.fromCharCode(97 + k);
    const previous = String.fromCharCode(96 + k);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  return lines.map((l) => `${l}\n`).join('');
}

/** A flow value nested `depth` lists deep: `[[[…]]]`. */
export function deeplyNested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}
