import type { Directive, ScriptDocument } from './document';

/** Which lines each rule is switched off on, from the `// callscript-…` comments of spec §1. */
export interface Suppressions {
  /** Rule id (or `*`) → sorted, disjoint [from, to] line ranges. */
  ranges: Map<string, Array<[number, number]>>;
}

const ALL = '*';

const computed = new WeakMap<ScriptDocument, Suppressions>();

/** Which lines each rule is switched off on in this document; a segment of a longer script takes the whole script's. */
export function suppressions(doc: ScriptDocument): Suppressions {
  if (doc.whole) return doc.whole.suppressions;
  let s = computed.get(doc);
  if (!s) computed.set(doc, (s = suppressionsFrom(doc.directives, doc.lines.length)));
  return s;
}

export function suppressionsFrom(directives: readonly Directive[], lineCount: number): Suppressions {
  const ranges = new Map<string, Array<[number, number]>>();
  const add = (rule: string, from: number, to: number) => {
    const list = ranges.get(rule) ?? [];
    list.push([from, to]);
    ranges.set(rule, list);
  };
  const open = new Map<string, number>();
  const last = lineCount - 1;
  for (const d of directives) {
    const rules = d.rules.length > 0 ? d.rules : [ALL];
    for (const rule of rules) {
      switch (d.kind) {
        case 'disable-file':
          add(rule, 0, last);
          break;
        case 'disable-next-line':
          add(rule, d.line + 1, d.line + 1);
          break;
        case 'disable':
          if (!open.has(rule)) open.set(rule, d.line);
          break;
        case 'enable':
          if (rule === ALL) {
            for (const [r, from] of open) add(r, from, d.line);
            open.clear();
          } else if (open.has(rule)) {
            add(rule, open.get(rule) as number, d.line);
            open.delete(rule);
          }
          break;
      }
    }
  }
  for (const [rule, from] of open) add(rule, from, last);
  return { ranges };
}

export function isSuppressed(s: Suppressions, rule: string, line: number): boolean {
  return inRanges(s.ranges.get(rule), line) || inRanges(s.ranges.get(ALL), line);
}

function inRanges(list: Array<[number, number]> | undefined, line: number): boolean {
  if (!list) return false;
  for (const [from, to] of list) if (line >= from && line <= to) return true;
  return false;
}
