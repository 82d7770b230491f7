import { lineStartsOf, positionAt, type Finding, type Locale, type Message } from '../../engine';
import { messageIn } from '../../messages';
import { escapeXml } from './escape';
import { barChart, severityWord, type Bar } from './html-chart';
import { contextOf } from './html-context';
import { HTML_STYLE } from './html-style';
import type { FileReport, FormatInput } from './index';
import { locate, suggestion } from './place';
import { ruleInfo } from './rule-info';
import { fixableIn, fixableWithFix, SEVERITIES, tallyBy, tallyOf } from './tally';

/** The file chart shows the files with the most findings; the rest are counted below it. */
const MAX_FILE_BARS = 25;

/**
 * One self-contained page for QA review: totals, findings charted by rule and by file, then each
 * finding with its line in context. Inline CSS and SVG only, no script: it opens from disk or as
 * a CI artifact with no server. Written as well-formed XML, so any XML parser can read it too.
 */
export function formatHtml(input: FormatInput): string {
  const t = (m: Message) => escapeXml(messageIn(m, input.locale));
  const withFindings = input.reports.filter((r) => r.findings.length > 0);
  const anchor = new Map(withFindings.map((r, i) => [r, `file-${i + 1}`]));
  const all = input.reports.flatMap((r) => r.findings);
  const tally = tallyOf(all);
  let body = `<header><h1>${t({ zh: '话术检查报告', en: 'Call-script check report' })}</h1>`;
  body += `<p class="meta">callscript ${escapeXml(input.version)} · ${t({ zh: `共检查 ${input.reports.length} 个文件`, en: `${input.reports.length} file(s) checked` })}</p></header>\n`;
  body += totals(input, tally, t);
  if (input.problems.length > 0) {
    body += `<section class="problems"><h2>${t({ zh: '未能检查的文件', en: 'Files that could not be checked' })}</h2><ul>`;
    for (const p of input.problems) body += `<li><code>${escapeXml(p.file.display)}</code>: ${t(p.problem)}</li>`;
    body += '</ul></section>\n';
  }
  if (tally.total === 0) {
    body += `<p class="clean">${t({ zh: '没有发现问题。', en: 'No problems found.' })}</p>\n`;
  } else {
    body += charts(input, withFindings, anchor, all, t);
    body += `<section><h2>${t({ zh: '逐条问题', en: 'Findings' })}</h2>\n`;
    for (const r of withFindings) body += fileSection(r, anchor.get(r) ?? '', input.locale, t);
    body += '</section>\n';
  }
  const lang = input.locale;
  return (
    '<!DOCTYPE html>\n' +
    `<html xmlns="http://www.w3.org/1999/xhtml" lang="${lang}" xml:lang="${lang}">\n` +
    '<head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>' +
    `<title>${t({ zh: '话术检查报告', en: 'Call-script check report' })}</title><style>${HTML_STYLE}</style></head>\n` +
    `<body>\n${body}</body>\n</html>\n`
  );
}

type Translate = (m: Message) => string;

function totals(input: FormatInput, tally: ReturnType<typeof tallyOf>, t: Translate): string {
  const item = (cls: string, n: number, label: Message) => `<li class="${cls}"><span class="n">${n}</span>${t(label)}</li>`;
  const s = tally.bySeverity;
  return (
    '<ul class="totals">' +
    item('files', input.reports.length, { zh: '文件', en: 'Files' }) +
    item('problems', tally.total, { zh: '问题', en: 'Problems' }) +
    item('error', s.error, { zh: '错误', en: 'Errors' }) +
    item('warning', s.warning, { zh: '警告', en: 'Warnings' }) +
    item('info', s.info, { zh: '信息', en: 'Info' }) +
    item('hint', s.hint, { zh: '提示', en: 'Hints' }) +
    item('fixable', fixableIn(input.reports), { zh: '可自动修复', en: 'Fixable' }) +
    '</ul>\n'
  );
}

function charts(input: FormatInput, reports: readonly FileReport[], anchor: Map<FileReport, string>, all: readonly Finding[], t: Translate): string {
  const legend = SEVERITIES.map((s) => `<li><span class="sev-${s}"></span>${escapeXml(severityWord(s, input.locale))}</li>`).join('');
  const byRule: Bar[] = tallyBy(all, (f) => f.rule).map(([id, tally]) => ({ label: id, tally, href: `#rule-${id}` }));
  const files: Bar[] = reports
    .map((r) => ({ label: r.file.display, tally: tallyOf(r.findings), href: `#${anchor.get(r) ?? ''}` }))
    .sort((a, b) => b.tally.total - a.tally.total || (a.label < b.label ? -1 : 1));
  const ruleTitle = t({ zh: '按规则', en: 'By rule' });
  const fileTitle = t({ zh: '按文件', en: 'By file' });
  let out = `<section class="charts"><ul class="legend">${legend}</ul>`;
  out += `<h2>${ruleTitle}</h2>${barChart(ruleTitle, byRule, input.locale)}`;
  out += rulesTable(byRule, input.locale);
  out += `<h2>${fileTitle}</h2>${barChart(fileTitle, files.slice(0, MAX_FILE_BARS), input.locale)}`;
  if (files.length > MAX_FILE_BARS) {
    const more = files.length - MAX_FILE_BARS;
    out += `<p class="more">${t({ zh: `另有 ${more} 个文件有问题,见下文`, en: `and ${more} more file(s) with findings, listed below` })}</p>`;
  }
  return `${out}</section>\n`;
}

/** The rules behind the chart's ids: title and page, as anchors for the chart's links. */
function rulesTable(bars: readonly Bar[], locale: Locale): string {
  let rows = '';
  for (const bar of bars) {
    const info = ruleInfo(bar.label, locale);
    const id = info.helpUri ? `<a href="${escapeXml(info.helpUri)}">${escapeXml(info.id)}</a>` : escapeXml(info.id);
    const sources = info.sources.length > 0 ? info.sources.map((s) => `<div class="sources">${escapeXml(s)}</div>`).join('') : '';
    rows += `<li id="rule-${escapeXml(info.id)}"><code>${id}</code> ${escapeXml(info.title === info.id ? '' : info.title)} — ${bar.tally.total}${sources}</li>`;
  }
  return `<ul class="rules">${rows}</ul>`;
}

function fileSection(r: FileReport, id: string, locale: Locale, t: Translate): string {
  const starts = lineStartsOf(r.text);
  let out = `<h3 id="${escapeXml(id)}">${escapeXml(r.file.display)} <span class="rule">(${r.findings.length})</span></h3>\n<ol class="findings">\n`;
  for (const f of r.findings) {
    const p = positionAt(starts, f.start);
    const info = ruleInfo(f.rule, locale);
    const rule = info.helpUri ? `<a href="${escapeXml(info.helpUri)}">${escapeXml(f.rule)}</a>` : escapeXml(f.rule);
    const located = locate(r, starts, f);
    const where = located ? t(located.place.label) : t({ zh: `第 ${p.line + 1} 行第 ${p.character + 1} 列`, en: `line ${p.line + 1}, col ${p.character + 1}` });
    out += `<li class="finding ${f.severity}"><div><span class="badge ${f.severity}">${escapeXml(severityWord(f.severity, locale))}</span>`;
    out += `<span class="pos">${where}</span>${escapeXml(messageIn(f.message, locale))}<span class="rule">${rule}</span></div>`;
    const suggested = located ? suggestion(f) : undefined;
    if (located) {
      if (suggested) out += `<p class="fix">${t({ zh: '建议(在文档中修改,--fix 不改写此类文件):', en: 'Suggested, to change in the document (--fix never writes this kind of file): ' })}${t(suggested)}</p>`;
    } else if (fixableWithFix(f)) {
      const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
      out += `<p class="fix">${t({ zh: '自动修复(--fix):', en: '--fix will: ' })}${escapeXml(messageIn(fix.title, locale))}</p>`;
    } else if (f.fixes.length > 0) {
      const choices = f.fixes.map((x) => escapeXml(messageIn(x.title, locale))).join(' / ');
      out += `<p class="fix">${t({ zh: '可选修复(在编辑器中选择):', en: 'Fixes to choose from (in the editor): ' })}${choices}</p>`;
    }
    out += `${located ? `<pre class="context"><span class="line flagged"><span class="code">${escapeXml(located.quote)}</span></span></pre>` : contextOf(r.text, starts, f)}</li>\n`;
  }
  return `${out}</ol>\n`;
}
