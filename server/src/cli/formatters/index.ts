import type { Finding, Locale, Message } from '../../engine';
import type { Place } from '../../formats';
import type { ScriptFile } from '../find-scripts';
import { formatGithub } from './github';
import { formatHtml } from './html';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export interface FileReport {
  file: ScriptFile;
  /** The text the findings' offsets point into. */
  text: string;
  findings: Finding[];
  /** A Word, Excel or CSV file: where each line of `text` came from (see formatters/place.ts). */
  places?: ReadonlyArray<Place | undefined>;
}

/** A file that could not be linted (unreadable, not UTF-8, changed while being fixed). */
export interface FileProblem {
  file: ScriptFile;
  problem: Message;
}

export interface FormatInput {
  reports: readonly FileReport[];
  problems: readonly FileProblem[];
  locale: Locale;
  /** Paths in reports for CI are relative to this folder (the repository root, in CI). */
  cwd: string;
  color: boolean;
  version: string;
  /** Findings left out of the reports by --quiet (warnings and below), so a summary can say they exist. */
  hidden?: number;
}

export type Formatter = (input: FormatInput) => string;

export const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  html: formatHtml,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
