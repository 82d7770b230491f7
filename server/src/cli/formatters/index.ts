import type { Finding, Locale } from '../../engine';
import { UsageError } from '../errors';
import { formatJson } from './json';
import { formatStylish } from './stylish';

export interface FileReport {
  file: string;
  text: string;
  findings: Finding[];
}

export type Formatter = (reports: readonly FileReport[], locale: Locale) => string;

const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
};

export function formatReport(name: string): Formatter {
  const f = FORMATTERS[name];
  if (!f) throw new UsageError(`unknown --format "${name}" (one of: ${Object.keys(FORMATTERS).join(', ')})`);
  return f;
}
