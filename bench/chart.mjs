// docs/benchmarks.svg: the side-by-side times, how cost grows, the keystroke latency, and every
// target met or missed — one picture, no dependencies.
import { judgeTargets } from './targets.mjs';

const W = 960;
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"';
const COLORS = { cli: '#d9480f', floor: '#868e96', peer: '#4c6ef5', ok: '#2b8a3e', miss: '#c92a2a', grid: '#e9ecef', text: '#212529', muted: '#495057' };

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const text = (x, y, s, { size = 12, anchor = 'start', weight = 'normal', fill = COLORS.text } = {}) =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" text-anchor="${anchor}" font-weight="${weight}" fill="${fill}">${esc(s)}</text>`;
const rect = (x, y, w, h, fill, extra = '') => `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0, w).toFixed(1)}" height="${h.toFixed(1)}" fill="${fill}" ${extra}/>`;
const line = (x1, y1, x2, y2, stroke, extra = '') => `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${stroke}" ${extra}/>`;

function sideBySide(r, top) {
  const out = [];
  const tools = [...r.sideBySide].sort((a, b) => a.wallMs - b.wallMs);
  const floor = r.sideBySide.find((t) => t.id === 'floor');
  const max = Math.max(...tools.map((t) => t.wallMs));
  const left = 250;
  const width = W - left - 170;
  const rowH = 26;
  out.push(text(20, top, `Checking ${r.corpus.files.toLocaleString('en')} call scripts (${(r.corpus.bytes / 1e6).toFixed(1)} MB) — wall time, lower is better`, { size: 15, weight: 'bold' }));
  tools.forEach((t, i) => {
    const y = top + 16 + i * rowH;
    const color = t.kind === 'cli' ? COLORS.cli : t.kind === 'floor' ? COLORS.floor : COLORS.peer;
    out.push(text(left - 10, y + 16, t.name, { anchor: 'end', weight: t.kind === 'cli' ? 'bold' : 'normal' }));
    const w = (t.wallMs / max) * width;
    out.push(rect(left, y + 3, w, rowH - 8, color, 'rx="2"'));
    out.push(text(left + w + 6, y + 16, `${(t.wallMs / 1000).toFixed(2)} s · ${(t.wallMs / floor.wallMs).toFixed(1)}× floor`, { fill: COLORS.muted }));
  });
  return { svg: out.join('\n'), bottom: top + 16 + tools.length * rowH };
}

/**
 * A small vertical bar chart of groups of bars: `groups` [{ label, bars: [{ value, color }] }];
 * `marks` are dashed target lines over a group: [{ at: group index, value }].
 */
function panel(x, y, w, h, title, groups, { unit = '', log = false, marks = [], legend = [] } = {}) {
  const out = [text(x, y, title, { size: 13, weight: 'bold' })];
  const plotTop = y + 26;
  const plotH = h - 60;
  const base = plotTop + plotH;
  const values = groups.flatMap((g) => g.bars.map((b) => b.value)).filter((v) => v !== null && v !== undefined);
  const maxV = Math.max(...values, ...marks.map((m) => m.value)) * 1.15;
  const minLog = 0.1;
  const scale = (v) => (log ? ((Math.log10(Math.max(v, minLog)) - Math.log10(minLog)) / (Math.log10(maxV) - Math.log10(minLog))) * plotH : (v / maxV) * plotH);
  out.push(line(x, base, x + w, base, COLORS.muted));
  const slot = w / groups.length;
  groups.forEach((g, i) => {
    const gx = x + i * slot + slot * 0.15;
    const bw = (slot * 0.7) / g.bars.length;
    g.bars.forEach((b, k) => {
      if (b.value === null || b.value === undefined) return;
      const bx = gx + k * bw;
      const bh = scale(b.value);
      out.push(rect(bx + 1, base - bh, bw - 2, bh, b.color, 'rx="2"'));
      out.push(text(bx + bw / 2, base - bh - 4, `${b.value}${unit}`, { size: 11, anchor: 'middle' }));
    });
    out.push(text(x + i * slot + slot / 2, base + 14, g.label, { size: 11, anchor: 'middle', fill: COLORS.muted }));
    if (g.note) out.push(text(x + i * slot + slot / 2, base + 27, g.note, { size: 10.5, anchor: 'middle', fill: COLORS.miss }));
  });
  for (const m of marks) {
    const my = base - scale(m.value);
    const mx = x + m.at * slot;
    out.push(line(mx + slot * 0.05, my, mx + slot * 0.95, my, COLORS.text, 'stroke-width="2" stroke-dasharray="5 3"'));
  }
  legend.forEach((l, i) => {
    const lx = x + i * 110;
    out.push(rect(lx, base + 24, 10, 10, l.color));
    out.push(text(lx + 14, base + 33, l.label, { size: 10.5, fill: COLORS.muted }));
  });
  return out.join('\n');
}

function growth(r, top) {
  const out = [];
  const pw = (W - 80) / 3;
  if (r.phrases) {
    const groups = r.phrases.map((p) => ({ label: `+${p.added.toLocaleString('en')}`, bars: [{ value: p.mbPerS, color: COLORS.cli }] }));
    out.push(panel(20, top, pw - 20, 190, 'Throughput vs phrases added (MB/s)', groups));
  }
  if (r.scale) {
    const groups = r.scale.map((s) => ({ label: `${s.factor}× (${(s.bytes / 1e6).toFixed(0)} MB)`, bars: [{ value: s.cli.mbPerS, color: COLORS.cli }, { value: s.floor.mbPerS, color: COLORS.floor }] }));
    const legend = [{ label: 'callscript', color: COLORS.cli }, { label: 'Node read-only', color: COLORS.floor }];
    out.push(panel(20 + pw + 20, top, pw - 20, 190, 'Throughput vs corpus size (MB/s)', groups, { legend }));
  }
  if (r.server) {
    const limits = { 5000: 2, 50000: 10 };
    const groups = r.server.typing.map((t) => ({
      label: `${t.lines.toLocaleString('en')} lines`,
      ...(limits[t.lines] ? { note: `target ≤ ${limits[t.lines]} ms` } : {}),
      bars: [{ value: t.p95, color: COLORS.cli }],
    }));
    const marks = r.server.typing.flatMap((t, i) => (limits[t.lines] ? [{ at: i, value: limits[t.lines] }] : []));
    out.push(panel(20 + 2 * (pw + 20), top, pw - 20, 190, 'Keystroke → diagnostics, p95 (ms, log)', groups, { log: true, marks }));
  }
  return { svg: out.join('\n'), bottom: top + 205 };
}

function targetPills(r, top) {
  const out = [text(20, top, 'Targets', { size: 15, weight: 'bold' })];
  const targets = judgeTargets(r);
  const colW = (W - 40) / 2;
  targets.forEach((t, i) => {
    const x = 20 + (i % 2) * colW;
    const y = top + 14 + Math.floor(i / 2) * 24;
    out.push(rect(x, y, 18, 18, t.met ? COLORS.ok : COLORS.miss, 'rx="9"'));
    out.push(text(x + 9, y + 13, t.met ? '✓' : '✗', { size: 12, anchor: 'middle', fill: '#fff', weight: 'bold' }));
    out.push(text(x + 26, y + 13, `${t.what}: ${t.value} — target ${t.target}`, { size: 11.5 }));
  });
  return { svg: out.join('\n'), bottom: top + 14 + Math.ceil(targets.length / 2) * 24 };
}

export function renderChart(r) {
  const m = r.machine;
  const parts = [text(20, 28, `callscript benchmark · ${m.cpu}, ${m.cores} cores · Node ${m.node} · ${r.date.slice(0, 10)}`, { size: 13, fill: COLORS.muted })];
  const a = sideBySide(r, 60);
  parts.push(a.svg);
  const b = growth(r, a.bottom + 34);
  parts.push(b.svg);
  const c = targetPills(r, b.bottom + 30);
  parts.push(c.svg);
  const height = c.bottom + 16;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" ${FONT}>\n${rect(0, 0, W, height, '#ffffff')}\n${parts.join('\n')}\n</svg>\n`;
}
