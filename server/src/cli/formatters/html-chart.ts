import { messageIn } from '../../messages';
import type { Locale } from '../../engine';
import { escapeXml } from './escape';
import { SEVERITIES, type Tally } from './tally';

export interface Bar {
  label: string;
  tally: Tally;
  /** Where the label leads, inside the page. */
  href?: string;
}

const ROW = 24;
const LABEL_WIDTH = 330;
const BAR_WIDTH = 340;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 60;
const LABEL_CHARS = 44;

/** A horizontal bar per row, split by severity, as inline SVG: readable with no script and no network. */
export function barChart(title: string, bars: readonly Bar[], locale: Locale): string {
  const max = Math.max(1, ...bars.map((b) => b.tally.total));
  const height = bars.length * ROW + 8;
  let rows = '';
  bars.forEach((bar, i) => {
    const y = i * ROW + 4;
    const full = `<title>${escapeXml(bar.label)}</title>`;
    const label = `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + 16}" text-anchor="end">${full}${escapeXml(shorten(bar.label))}</text>`;
    rows += bar.href ? `<a href="${escapeXml(bar.href)}">${label}</a>` : label;
    let x = LABEL_WIDTH;
    for (const severity of SEVERITIES) {
      const n = bar.tally.bySeverity[severity];
      if (n === 0) continue;
      const w = Math.max(2, (n / max) * BAR_WIDTH);
      rows += `<rect class="sev-${severity}" x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 8}"><title>${escapeXml(`${bar.label}: ${n} ${severityWord(severity, locale)}`)}</title></rect>`;
      x += w;
    }
    rows += `<text class="count" x="${(x + 6).toFixed(1)}" y="${y + 16}">${bar.tally.total}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${escapeXml(title)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">${rows}</svg>`;
}

/** Long paths keep their end, where the file name is. */
function shorten(label: string): string {
  const chars = [...label];
  return chars.length <= LABEL_CHARS ? label : `…${chars.slice(chars.length - LABEL_CHARS + 1).join('')}`;
}

export function severityWord(severity: string, locale: Locale): string {
  const zh: Record<string, string> = { error: '错误', warning: '警告', info: '信息', hint: '提示' };
  return messageIn({ zh: zh[severity] ?? severity, en: severity }, locale);
}
