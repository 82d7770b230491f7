/**
 * Nearly every front matter is flat `key: value` lines. Reading those by hand is many times faster
 * than the `yaml` package, which stays in charge of everything else: any line this reader does not
 * fully understand (nesting, flow collections, anchors, block scalars, escapes, values YAML would
 * read as numbers, booleans or null) hands the whole block to it, so both give the same answer.
 */

/** One `key: value` of the block, offsets relative to the block's body. */
export interface Entry {
  key: string;
  keyRange: readonly number[];
  /** The value when it is one line of text; undefined for a mapping, a list or nothing. */
  value: string | undefined;
  valueRange: readonly number[] | undefined;
}

const LINE_RE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:[ ]+(.*?))?[ ]*$/;
/** Plain values YAML 1.2's core schema reads as numbers, booleans or null rather than text. */
const NOT_TEXT_RE = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[Tt]rue|TRUE|[Ff]alse|FALSE|~|[Nn]ull|NULL)$/;
/** First characters that make YAML read a value as something other than plain text. */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`']);

export function flatEntries(body: string): Entry[] | undefined {
  const entries: Entry[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const raw of body.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const at = offset;
    offset += raw.length + 1;
    if (line.trim() === '' || line.startsWith('#')) continue;
    // Tabs are white space to YAML in some places and text in others: its call.
    if (line.includes('\t')) return undefined;
    const m = LINE_RE.exec(line);
    if (!m || seen.has(m[1])) return undefined;
    seen.add(m[1]);
    const text = m[2] ?? '';
    const valueAt = at + line.indexOf(text, m[1].length + 1);
    const value = readValue(text);
    if (value === undefined) return undefined;
    entries.push({
      key: m[1],
      keyRange: [at, at + m[1].length],
      value: text === '' ? undefined : value,
      // Nothing after the colon: YAML's empty value sits at the end of the line.
      valueRange: text === '' ? [at + line.length, at + line.length] : [valueAt, valueAt + text.length],
    });
  }
  // An empty block (or only comments) is nothing to YAML: let it say so.
  return entries.length > 0 ? entries : undefined;
}

/** The text of a plain or simple double-quoted value, or undefined when YAML must read it. */
function readValue(text: string): string | undefined {
  if (text === '') return '';
  if (text.startsWith('"')) return /^"[^"\\]*"$/.test(text) ? text.slice(1, -1) : undefined;
  if (INDICATORS.has(text[0]) || text.includes(': ') || text.includes(' #') || text.endsWith(':') || NOT_TEXT_RE.test(text)) return undefined;
  return text;
}
