/**
 * Aho–Corasick over UTF-16 units, built once per configuration so that every phrase of every
 * rule is found in one pass over the normalized view, however many phrases there are.
 * Transitions from the root, where most units of ordinary text stay, sit in a table paged by
 * the unit's high byte (pages no pattern starts in share one page of zeros, so that a matcher of
 * a few greetings costs a few kilobytes, not 256); the others, a handful per node, sit in flat
 * typed arrays, so that a search allocates nothing but hits.
 */
export interface Hit {
  /** Index of the pattern in the list given to `build`. */
  pattern: number;
  /** Unit offsets in the searched text, end exclusive. */
  start: number;
  end: number;
}

export class PhraseMatcher {
  /** The root's transition on unit c: rootNext[(rootPage[c >> 8] << 8) | (c & 0xff)]; page 0 is all zeros. */
  private readonly rootPage = new Uint16Array(256);
  private readonly rootNext: Int32Array;
  /** Node n's transitions are edgeUnit/edgeTarget[edgeStart[n] … edgeStart[n + 1]). */
  private readonly edgeStart: Int32Array;
  private readonly edgeUnit: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Patterns ending at node n, own and via suffix links: outList[outStart[n] … outStart[n + 1]). */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  private readonly lengths: Int32Array;

  constructor(patterns: readonly string[]) {
    this.lengths = Int32Array.from(patterns, (p) => p.length);
    const edges: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    patterns.forEach((p, id) => {
      if (p.length === 0) return;
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let next = edges[node].get(c);
        if (next === undefined) {
          next = edges.length;
          edges.push(new Map());
          own.push([]);
          edges[node].set(c, next);
        }
        node = next;
      }
      own[node].push(id);
    });
    const count = edges.length;
    this.edgeStart = new Int32Array(count + 1);
    for (let n = 0; n < count; n++) this.edgeStart[n + 1] = this.edgeStart[n] + (n === 0 ? 0 : edges[n].size);
    this.edgeUnit = new Uint16Array(this.edgeStart[count]);
    this.edgeTarget = new Int32Array(this.edgeStart[count]);
    for (let n = 1; n < count; n++) {
      let e = this.edgeStart[n];
      for (const [c, child] of edges[n]) {
        this.edgeUnit[e] = c;
        this.edgeTarget[e++] = child;
      }
    }
    this.fail = new Int32Array(count);
    const outputs: number[][] = own;
    let pages = 1;
    for (const c of edges[0].keys()) if (this.rootPage[c >> 8] === 0) this.rootPage[c >> 8] = pages++;
    this.rootNext = new Int32Array(pages << 8);
    const queue: number[] = [];
    for (const [c, child] of edges[0]) {
      this.rootNext[(this.rootPage[c >> 8] << 8) | (c & 0xff)] = child;
      queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q];
      for (const [c, child] of edges[node]) {
        this.fail[child] = this.step(this.fail[node], c);
        const inherited = outputs[this.fail[child]];
        if (inherited.length > 0) outputs[child] = outputs[child].concat(inherited);
        queue.push(child);
      }
    }
    this.outStart = new Int32Array(count + 1);
    for (let n = 0; n < count; n++) this.outStart[n + 1] = this.outStart[n] + outputs[n].length;
    this.outList = Int32Array.from(outputs.flat());
  }

  private step(node: number, c: number): number {
    const { rootPage, rootNext, edgeStart, edgeUnit, edgeTarget, fail } = this;
    for (;;) {
      if (node === 0) return rootNext[(rootPage[c >> 8] << 8) | (c & 0xff)];
      for (let e = edgeStart[node], end = edgeStart[node + 1]; e < end; e++) {
        if (edgeUnit[e] === c) return edgeTarget[e];
      }
      node = fail[node];
    }
  }

  /** Every occurrence, overlapping ones included, in order of their end. */
  search(text: string, onHit: (hit: Hit) => void): void {
    this.each(text, (pattern, start, end) => onHit({ pattern, start, end }));
  }

  /** `search` without a hit object: for callers that look at far more hits than they keep. */
  each(text: string, onHit: (pattern: number, start: number, end: number) => void): void {
    const { outStart, outList, lengths, rootPage, rootNext } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // Most units of ordinary text are read at the root: its table, without the call.
      node = node === 0 ? rootNext[(rootPage[c >> 8] << 8) | (c & 0xff)] : this.step(node, c);
      for (let k = outStart[node], end = outStart[node + 1]; k < end; k++) {
        const pattern = outList[k];
        onHit(pattern, i + 1 - lengths[pattern], i + 1);
      }
    }
  }
}
