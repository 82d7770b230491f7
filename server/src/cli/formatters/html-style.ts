/** The report's only styles, inline so that the page is one file that opens anywhere. */
export const HTML_STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --error: #cf222e; --warning: #bf8700; --info: #0969da; --hint: #6e7781; --mark: #ffd8b5; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
    --error: #f85149; --warning: #d29922; --info: #4493f8; --hint: #9198a1; --mark: #5a3a12; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1080px; padding: 24px; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 24px 0 8px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
.meta { color: var(--muted); margin: 0; }
.totals { display: flex; flex-wrap: wrap; gap: 12px; margin: 20px 0; padding: 0; list-style: none; }
.totals li { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 110px; }
.totals .n { display: block; font-size: 26px; font-weight: 600; }
.totals .error .n { color: var(--error); } .totals .warning .n { color: var(--warning); }
.totals .info .n { color: var(--info); } .totals .hint .n { color: var(--hint); }
.legend { display: flex; gap: 16px; color: var(--muted); font-size: 13px; margin: 0 0 8px; padding: 0; list-style: none; }
.legend span { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; }
.chart { max-width: 100%; height: auto; }
.chart .label, .chart .count { font: 13px system-ui, sans-serif; fill: var(--fg); }
.chart a .label { fill: var(--info); }
.sev-error { fill: var(--error); background: var(--error); } .sev-warning { fill: var(--warning); background: var(--warning); }
.sev-info { fill: var(--info); background: var(--info); } .sev-hint { fill: var(--hint); background: var(--hint); }
.more { color: var(--muted); font-size: 13px; }
.sources { color: var(--muted); font-size: 12px; margin: 2px 0 0 4px; }
ol.findings { list-style: none; padding: 0; margin: 0; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--hint); border-radius: 6px; margin: 0 0 12px; padding: 8px 12px; }
.finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); } .finding.info { border-left-color: var(--info); }
.badge { display: inline-block; font-size: 12px; font-weight: 600; color: #fff; border-radius: 4px; padding: 0 6px; margin-right: 6px; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); } .badge.hint { background: var(--hint); }
.pos { color: var(--muted); font-family: ui-monospace, Menlo, Consolas, monospace; margin-right: 6px; }
.rule { color: var(--muted); font-size: 13px; margin-left: 6px; }
.fix { color: var(--muted); font-size: 13px; margin: 4px 0 0; }
pre.context { margin: 8px 0 0; padding: 6px 0; background: var(--panel); border-radius: 4px; overflow-x: auto; font: 14px/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; }
.context .line { display: block; padding: 0 12px 0 0; white-space: pre; }
.context .line.flagged { background: color-mix(in srgb, var(--mark) 35%, transparent); }
.context .ln { display: inline-block; min-width: 3.5em; padding-right: 12px; text-align: right; color: var(--muted); user-select: none; }
mark { background: var(--mark); color: inherit; border-bottom: 2px solid var(--error); border-radius: 2px; }
mark.caret { display: inline-block; width: 2px; height: 1.2em; vertical-align: text-bottom; background: var(--error); border: 0; }
.clean { color: var(--muted); }
.problems li { color: var(--error); }
@media print { body { max-width: none; } .finding { break-inside: avoid; } }
`;
