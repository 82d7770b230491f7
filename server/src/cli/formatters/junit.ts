import { lineStartsOf, positionAt, type Finding } from '../../engine';
import { messageIn } from '../../messages';
import { escapeXml } from './escape';
import type { FileReport, FormatInput } from './index';
import { locate } from './place';
import { tallyOf } from './tally';

/**
 * JUnit XML for CI test reports (GitLab's `artifacts:reports:junit`, Jenkins): one test case per
 * file. A file with errors or warnings fails with one <failure> that lists every finding — the
 * readers take one failure per test case — info and hints go to <system-out>. A file that could
 * not be read is an <error>.
 */
export function formatJunit(input: FormatInput): string {
  const cases: string[] = [];
  let failures = 0;
  for (const r of input.reports) {
    const failing = r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    const notes = r.findings.filter((f) => f.severity === 'info' || f.severity === 'hint');
    let body = '';
    if (failing.length > 0) {
      failures++;
      const t = tallyOf(failing);
      const summary = messageIn(
        { zh: `${t.total} 个问题(${t.bySeverity.error} 个错误,${t.bySeverity.warning} 个警告)`, en: `${t.total} problem(s) (${t.bySeverity.error} error(s), ${t.bySeverity.warning} warning(s))` },
        input.locale,
      );
      const type = t.bySeverity.error > 0 ? 'error' : 'warning';
      body += `      <failure message="${escapeXml(summary)}" type="${type}">${escapeXml(listing(r, failing, input))}</failure>\n`;
    }
    if (notes.length > 0) body += `      <system-out>${escapeXml(listing(r, notes, input))}</system-out>\n`;
    cases.push(testcase(r.file.display, body));
  }
  for (const p of input.problems) {
    const text = messageIn(p.problem, input.locale);
    cases.push(testcase(p.file.display, `      <error message="${escapeXml(text)}" type="unreadable"></error>\n`));
  }
  const tests = cases.length;
  const errors = input.problems.length;
  const counts = `tests="${tests}" failures="${failures}" errors="${errors}"`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="callscript" ${counts}>\n` +
    `  <testsuite name="callscript" ${counts} skipped="0">\n` +
    cases.join('') +
    '  </testsuite>\n' +
    '</testsuites>\n'
  );
}

function testcase(file: string, body: string): string {
  const open = `    <testcase classname="callscript" name="${escapeXml(file)}" file="${escapeXml(file)}"`;
  return body === '' ? `${open}/>\n` : `${open}>\n${body}    </testcase>\n`;
}

/** One line per finding, as a person reads them: `file:line:col severity message (rule)`. */
function listing(r: FileReport, findings: readonly Finding[], input: FormatInput): string {
  const starts = lineStartsOf(r.text);
  const lines = findings.map((f) => {
    const located = locate(r, starts, f);
    if (located) return `${r.file.display} ${located.place.name} ${f.severity} ${messageIn(f.message, input.locale)} (${f.rule}) “${located.quote}”`;
    const p = positionAt(starts, f.start);
    return `${r.file.display}:${p.line + 1}:${p.character + 1} ${f.severity} ${messageIn(f.message, input.locale)} (${f.rule})`;
  });
  return `\n${lines.join('\n')}\n`;
}
