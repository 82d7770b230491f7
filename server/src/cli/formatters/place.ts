import { positionAt, type Finding, type Message } from '../../engine';
import type { Place } from '../../formats';
import type { FileReport } from './index';

/** Characters of context either side of the flagged words in a quote. */
const QUOTE_CONTEXT = 8;
const ADDED_LABEL_RE = /^(坐席|客户):/;

export interface Located {
  place: Place;
  /** The flagged words with a little of their sentence, as a reviewer searches for them in the document. */
  quote: string;
}

/** Where a finding of a Word, Excel or CSV file is in it; undefined for a file read as text. */
export function locate(report: FileReport, starts: readonly number[], f: Finding): Located | undefined {
  if (!report.places) return undefined;
  const line = positionAt(starts, f.start).line;
  const place = report.places[line];
  if (!place) return undefined;
  const lineStart = starts[line];
  const lineEnd = line + 1 < starts.length ? starts[line + 1] - 1 : report.text.length;
  const from = Math.max(lineStart, f.start - QUOTE_CONTEXT);
  const to = Math.min(lineEnd, Math.max(f.end, f.start + 1) + QUOTE_CONTEXT);
  // The label the reader put before a 话术 cell's words is not in the document.
  const words = report.text.slice(from, to).trim().replace(from === lineStart ? ADDED_LABEL_RE : /$^/, '');
  const quote = `${from > lineStart ? '…' : ''}${words}${to < lineEnd ? '…' : ''}`;
  return { place, quote };
}

/** What `--fix` would have written, for a file it never writes: the preferred fix, else the choices. */
export function suggestion(f: Finding): Message | undefined {
  const fixes = f.fixes.filter((x) => x.edits.length > 0);
  const preferred = fixes.find((x) => x.preferred);
  if (preferred) return preferred.title;
  if (fixes.length === 0) return undefined;
  return { zh: fixes.map((x) => x.title.zh).join(' / '), en: fixes.map((x) => x.title.en).join(' / ') };
}
