import { lineStartsOf, positionAt, type Severity } from '../../engine';
import { messageIn } from '../../messages';
import { relativePosix } from '../paths';
import { terminalSafe } from '../terminal-text';
import type { FormatInput } from './index';
import { locate } from './place';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on its line in the pull
 * request. Paths are relative to the working folder, which in a workflow is the repository root.
 */
export function formatGithub(input: FormatInput): string {
  let out = '';
  for (const r of input.reports) {
    const starts = lineStartsOf(r.text);
    const file = relativePosix(input.cwd, r.file.absolute);
    for (const f of r.findings) {
      const located = locate(r, starts, f);
      if (located) {
        // No line to annotate in a Word, Excel or CSV file: the annotation is the file's, and says where.
        const where = messageIn(located.place.label, input.locale);
        out += command(COMMAND[f.severity], { file, title: f.rule }, `${where}:${messageIn(f.message, input.locale)}(“${located.quote}”)`);
        continue;
      }
      const s = positionAt(starts, f.start);
      const e = positionAt(starts, f.end);
      // endColumn is the last flagged column (inclusive); an empty span ends where it starts.
      const endColumn = Math.max(s.character + 1, e.character);
      const props = { file, line: s.line + 1, col: s.character + 1, endLine: e.line + 1, endColumn, title: f.rule };
      out += command(COMMAND[f.severity], props, messageIn(f.message, input.locale));
    }
  }
  for (const p of input.problems) {
    out += command('error', { file: relativePosix(input.cwd, p.file.absolute), title: 'callscript' }, messageIn(p.problem, input.locale));
  }
  return out;
}

function command(name: string, props: Record<string, string | number>, message: string): string {
  const list = Object.entries(props).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${name} ${list.join(',')}::${escapeData(message)}\n`;
}

/** As @actions/core escapes a command's message; then the log's own escapes (colors, titles) are made inert. */
function escapeData(s: string): string {
  return terminalSafe(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** As @actions/core escapes a command's property values. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
