// Scores the CLI's findings against the corpus labels, by line and by rule (eval/README.md).

/** The 0-based lines a finding lands on: its start line through its end line (an end at column 0 of a later line does not count). */
export function linesOf(diagnostic) {
  const { start, end } = diagnostic.range;
  const last = end.line > start.line && end.character === 0 ? end.line - 1 : end.line;
  const out = [];
  for (let l = start.line; l <= last; l++) out.push(l);
  return out;
}

const ratio = (hit, total) => (total === 0 ? null : hit / total);

/**
 * `corpus`: `[{ file, lines }]` as readCorpus gives it. `report`: the CLI's JSON report
 * (`[{ file, diagnostics }]`, files relative to the corpus folder).
 * Returns the figures, and each miss and false positive with its text, expected and found rules.
 */
export function score(corpus, report) {
  const found = new Map(report.map((r) => [r.file.split('\\').join('/').replace(/^\.\//, ''), r.diagnostics]));
  const rows = [];
  for (const { file, lines } of corpus) {
    const byLine = new Map();
    for (const d of found.get(file) ?? []) {
      for (const l of linesOf(d)) {
        if (!byLine.has(l)) byLine.set(l, new Set());
        byLine.get(l).add(d.rule);
      }
    }
    for (const row of lines) {
      const rules = [...(byLine.get(row.line) ?? [])].sort();
      const expect = row.role === 'agent' ? row.expect ?? [] : [];
      const expected = expect.filter((l) => l !== 'clean');
      if (expected.length === 0 && rules.length === 0) continue;
      rows.push({ file, line: row.line + 1, role: row.role, text: row.text, expected, found: rules });
    }
  }

  const flagged = rows.filter((r) => r.expected.length > 0);
  const withFindings = rows.filter((r) => r.found.length > 0);
  const misses = flagged.filter((r) => r.found.length === 0);
  const falsePositives = withFindings.filter((r) => r.expected.length === 0);
  const agentLines = corpus.reduce((n, f) => n + f.lines.filter((l) => l.role === 'agent').length, 0);

  const ruleIds = new Set();
  for (const r of rows) for (const id of [...r.expected, ...r.found]) if (id !== 'other') ruleIds.add(id);
  const rules = {};
  for (const id of [...ruleIds].sort()) {
    const labeled = rows.filter((r) => r.expected.includes(id));
    const reported = rows.filter((r) => r.found.includes(id));
    const both = labeled.filter((r) => r.found.includes(id));
    rules[id] = {
      labeled: labeled.length,
      found: reported.length,
      caught: both.length,
      recall: ratio(both.length, labeled.length),
      precision: ratio(both.length, reported.length),
      misses: labeled.filter((r) => !r.found.includes(id)).map(brief),
      falsePositives: reported.filter((r) => !r.expected.includes(id)).map(brief),
    };
  }

  return {
    lines: {
      agentLines,
      flagged: flagged.length,
      clean: agentLines - flagged.length,
      caught: flagged.length - misses.length,
      withFindings: withFindings.length,
      recall: ratio(flagged.length - misses.length, flagged.length),
      precision: ratio(withFindings.length - falsePositives.length, withFindings.length),
      outOfScope: flagged.filter((r) => r.expected.includes('other')).length,
    },
    rules,
    misses: misses.map(brief),
    falsePositives: falsePositives.map(brief),
  };
}

function brief(r) {
  return { at: `${r.file}:${r.line}`, role: r.role, text: r.text, expected: r.expected, found: r.found };
}
