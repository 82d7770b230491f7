/**
 * Aho–Corasick over UTF-16 units, built once per configuration so that every phrase of every
 * rule is found in one pass over the normalized view, however many phrases there are.
 * Transitions from the root, where most units of ordinary text stay, sit in a 64K table.
 */
export interface Hit {
  /** Index of the pattern in the list given to `build`. */
  pattern: number;
  /** Unit offsets in the searched text, end exclusive. */
  start: number;
  end: number;
}

export class PhraseMatcher {
  private readonly rootNext = new Int32Array(65536);
  private readonly edges: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending at each node, own and via suffix links. */
  private readonly outputs: number[][] = [[]];
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((p, id) => {
      if (p.length === 0) return;
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let next = this.edges[node].get(c);
        if (next === undefined) {
          next = this.edges.length;
          this.edges.push(new Map());
          this.fail.push(0);
          this.outputs.push([]);
          this.edges[node].set(c, next);
        }
        node = next;
      }
      this.outputs[node].push(id);
    });
    const queue: number[] = [];
    for (const [c, child] of this.edges[0]) {
      this.rootNext[c] = child;
      queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q];
      for (const [c, child] of this.edges[node]) {
        this.fail[child] = this.step(this.fail[node], c);
        const inherited = this.outputs[this.fail[child]];
        if (inherited.length > 0) this.outputs[child] = this.outputs[child].concat(inherited);
        queue.push(child);
      }
    }
  }

  private step(node: number, c: number): number {
    for (;;) {
      if (node === 0) return this.rootNext[c];
      const next = this.edges[node].get(c);
      if (next !== undefined) return next;
      node = this.fail[node];
    }
  }

  /** Every occurrence, overlapping ones included, in order of their end. */
  search(text: string, onHit: (hit: Hit) => void): void {
    let node = 0;
    const outputs = this.outputs;
    for (let i = 0; i < text.length; i++) {
      node = this.step(node, text.charCodeAt(i));
      if (node === 0) continue;
      const out = outputs[node];
      for (let k = 0; k < out.length; k++) {
        const pattern = out[k];
        onHit({ pattern, start: i + 1 - this.lengths[pattern], end: i + 1 });
      }
    }
  }
}
