import { preferredEdits, type Finding, type Severity } from '../../engine';
import type { FileReport } from './index';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export interface Tally {
  total: number;
  bySeverity: Record<Severity, number>;
  fixable: number;
}

function emptyTally(): Tally {
  return { total: 0, bySeverity: { error: 0, warning: 0, info: 0, hint: 0 }, fixable: 0 };
}

function addTo(t: Tally, f: Finding): void {
  t.total++;
  t.bySeverity[f.severity]++;
  if (fixableWithFix(f)) t.fixable++;
}

/**
 * Whether `--fix` fixes the finding: it has a preferred fix. A finding with only suggestions, or several
 * equal rewordings (同时 / 另外 / 不过) leaves the choice to the writer, in the editor.
 */
export function fixableWithFix(f: Finding): boolean {
  return preferredEdits([f]).length > 0;
}

/** How many findings `--fix` fixes: none of a Word, Excel or CSV file, which it never writes. */
export function fixableIn(reports: readonly FileReport[]): number {
  return reports.filter((r) => !r.places).reduce((n, r) => n + r.findings.filter(fixableWithFix).length, 0);
}

export function tallyOf(findings: Iterable<Finding>): Tally {
  const t = emptyTally();
  for (const f of findings) addTo(t, f);
  return t;
}

/** Tallies grouped by a key, most findings first, then by key (so the order never depends on input order). */
export function tallyBy(findings: Iterable<Finding>, keyOf: (f: Finding) => string): Array<[string, Tally]> {
  const groups = new Map<string, Tally>();
  for (const f of findings) {
    const key = keyOf(f);
    let t = groups.get(key);
    if (!t) groups.set(key, (t = emptyTally()));
    addTo(t, f);
  }
  return [...groups].sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
