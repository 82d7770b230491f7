import { readFile } from 'node:fs/promises';
import { lint, type Finding, type Locale } from '../engine';
import { ConfigResolver } from '../config-files';
import { findScripts } from './files';
import { formatReport, type FileReport } from './formatters';
import { UsageError } from './errors';
import { fixFile } from './fix-file';

export interface CheckOptions {
  paths: string[];
  format: string;
  fix: boolean;
  config: string | undefined;
  maxWarnings: number | undefined;
  now: Date | undefined;
  quiet: boolean;
  locale: Locale;
}

export async function runCheck(options: CheckOptions): Promise<number> {
  const format = formatReport(options.format);
  const resolver = new ConfigResolver(options.config);
  const files = await findScripts(options.paths);
  const reports: FileReport[] = [];
  for (const file of files) {
    const config = await resolver.configFor(file);
    const source = await readText(file);
    let text = source.text;
    if (options.fix) text = await fixFile(file, source, { config, now: options.now, trusted: true });
    let findings: Finding[] = lint(text, { config, now: options.now, trusted: true }).findings;
    if (options.quiet) findings = findings.filter((f) => f.severity === 'error');
    reports.push({ file, text, findings });
  }
  process.stdout.write(format(reports, options.locale));
  const errors = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  const warnings = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return 1;
  return 0;
}

export interface SourceText {
  text: string;
  bom: boolean;
}

/** UTF-8 text as an editor holds it: the BOM is not part of the text. */
export async function readText(file: string): Promise<SourceText> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const text = buf.toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}
