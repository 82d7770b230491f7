import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { ArtifactLocation, Fix as SarifFix, Log, Notification, Region, ReportingDescriptor, Result } from 'sarif';
import { lineStartsOf, positionAt, RULES, type Finding, type Severity } from '../../engine';
import { messageIn } from '../../messages';
import { fileUri } from '../paths';
import type { FormatInput } from './index';
import { locate, type Located } from './place';
import { ruleInfo } from './rule-info';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = 'SRCROOT';
const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * SARIF 2.1.0 for code scanning (GitHub's upload-sarif and others): every rule of the pack with
 * its page, each finding at its 1-based line and UTF-16 column, its fixes as replacements.
 */
export function formatSarif(input: FormatInput): string {
  const ids = [...RULES.map((r) => r.id)];
  for (const r of input.reports) for (const f of r.findings) if (!ids.includes(f.rule)) ids.push(f.rule);
  const rules = ids.map((id) => descriptor(id, input));
  const results: Result[] = [];
  for (const report of input.reports) {
    const starts = lineStartsOf(report.text);
    const where = artifact(report.file.absolute, input.cwd);
    for (const f of report.findings) {
      const located = locate(report, starts, f);
      results.push(located ? placedResult(f, ids.indexOf(f.rule), where, located, input) : result(f, ids.indexOf(f.rule), where, starts, input));
    }
  }
  const notifications: Notification[] = input.problems.map((p) => ({
    level: 'error',
    message: { text: `${p.file.display}: ${messageIn(p.problem, input.locale)}` },
    locations: [{ physicalLocation: { artifactLocation: artifact(p.file.absolute, input.cwd) } }],
  }));
  const log: Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'callscript',
            version: input.version,
            informationUri: 'https://github.com/callscript/callscript',
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(input.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: input.problems.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function descriptor(id: string, input: FormatInput): ReportingDescriptor {
  const info = ruleInfo(id, input.locale);
  const d: ReportingDescriptor = { id, shortDescription: { text: info.title } };
  if (info.helpUri) d.helpUri = info.helpUri;
  if (info.sources.length > 0) {
    const heading = messageIn({ zh: '依据:', en: 'Sources:' }, input.locale);
    d.help = { text: `${heading}\n${info.sources.join('\n')}`, markdown: `${heading}\n\n${info.sources.map((s) => `- ${s}`).join('\n')}` };
  }
  if (info.defaultSeverity) d.defaultConfiguration = { level: LEVEL[info.defaultSeverity] };
  return d;
}

function artifact(absolute: string, cwd: string): ArtifactLocation {
  const { uri, relative } = fileUri(cwd, absolute);
  return relative ? { uri, uriBaseId: SRCROOT } : { uri };
}

function result(f: Finding, ruleIndex: number, where: ArtifactLocation, starts: readonly number[], input: FormatInput): Result {
  const r: Result = {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: messageIn(f.message, input.locale) },
    locations: [{ physicalLocation: { artifactLocation: where, region: region(starts, f.start, f.end) } }],
  };
  const fixes = f.fixes.filter((fix) => fix.edits.length > 0);
  if (fixes.length > 0) {
    r.fixes = fixes.map(
      (fix): SarifFix => ({
        description: { text: messageIn(fix.title, input.locale) },
        artifactChanges: [
          {
            artifactLocation: where,
            replacements: fix.edits.map((e) => ({ deletedRegion: region(starts, e.start, e.end), insertedContent: { text: e.newText } })),
          },
        ],
      }),
    );
  }
  return r;
}

/**
 * A finding in a Word, Excel or CSV file: the file, with the paragraph or cell as a logical
 * location (no region: the file has no lines), the quote in the message; no fixes, as --fix never
 * writes such a file.
 */
function placedResult(f: Finding, ruleIndex: number, where: ArtifactLocation, located: Located, input: FormatInput): Result {
  const { place, quote } = located;
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${messageIn(place.label, input.locale)}:${messageIn(f.message, input.locale)}(“${quote}”)` },
    locations: [
      {
        physicalLocation: { artifactLocation: where },
        logicalLocations: [{ name: place.name, fullyQualifiedName: place.name, kind: place.kind === 'cell' ? 'element' : 'text' }],
      },
    ],
  };
}

/** 1-based lines and columns; the end column is the one just past the span (SARIF §3.30.8). */
function region(starts: readonly number[], start: number, end: number): Region {
  const s = positionAt(starts, start);
  const e = positionAt(starts, end);
  return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

