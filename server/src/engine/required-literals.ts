/**
 * What a text must contain for a pattern to match anywhere in it, read from the pattern's source:
 * a set of literals, one of which every match holds (不(?:能|可以)办 → 不能办, 不可以办). A text
 * holding none of them cannot match, so the pattern need not run on it — nor be compiled, which
 * for the construction tables' long alternations is most of what a first lint costs. Derived, not
 * written by hand: the tables stay as they are, and a pattern nothing can be derived from still runs.
 */

/** Strings a part of a pattern can match, when they are few; null when they are not (or unknown). */
type Exact = ReadonlySet<string> | null;

interface Summary {
  exact: Exact;
  /** Literals one of which every match of the part holds; null when none is known. */
  required: ReadonlySet<string> | null;
}

/** Beyond these, a set is not worth spelling out: the part is read as "anything". */
const MAX_EXACT = 64;
const MAX_CLASS = 16;
const MAX_REQUIRED = 256;

const UNKNOWN: Summary = { exact: null, required: null };
const EMPTY: Summary = { exact: new Set(['']), required: null };

/** The literals one of which a text must hold for `pattern` to match in it, or undefined when none can be derived. */
export function requiredLiterals(pattern: RegExp): readonly string[] | undefined {
  // Case folding would need every literal in every case, and the v flag's classes nest: such patterns simply run.
  if (pattern.flags.includes('i') || pattern.flags.includes('v')) return undefined;
  let summary: Summary;
  try {
    summary = new Reader(pattern.source, pattern.flags.includes('u')).pattern();
  } catch {
    return undefined;
  }
  const required = summary.required;
  return required && !required.has('') ? [...required] : undefined;
}

const literalsOf = new WeakMap<RegExp, readonly string[] | null>();

/**
 * Whether `pattern` may match somewhere in `text`: false only when the text lacks every literal the
 * pattern needs. Looking for each literal with `includes` would cost more than the patterns it
 * spares (the tables need thousands of literals per view), so the text's characters and pairs of
 * characters are marked once, and a literal is looked for only when all of its are there.
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  let literals = literalsOf.get(pattern);
  if (literals === undefined) literalsOf.set(pattern, (literals = requiredLiterals(pattern) ?? null));
  if (literals === null) return true;
  if (text !== marked) mark(text);
  for (const literal of literals) if (mayHold(literal)) return true;
  return false;
}

/** A mark per UTF-16 unit, and per pair of adjacent units (hashed: a collision only lets a pattern run). */
const units = new Uint32Array(0x10000);
const pairs = new Uint32Array(0x10000);
/** The text marked, and the number its marks carry: a new text needs no clearing, only a new number. */
let marked: string | undefined;
let stamp = 0;

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & 0xffff;
}

function mark(text: string): void {
  if (stamp === 0xffffffff) {
    units.fill(0);
    pairs.fill(0);
    stamp = 0;
  }
  stamp++;
  marked = text;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    units[c] = stamp;
    if (prev >= 0) pairs[pairHash(prev, c)] = stamp;
    prev = c;
  }
}

function mayHold(literal: string): boolean {
  let prev = literal.charCodeAt(0);
  if (units[prev] !== stamp) return false;
  for (let i = 1; i < literal.length; i++) {
    const c = literal.charCodeAt(i);
    if (units[c] !== stamp || pairs[pairHash(prev, c)] !== stamp) return false;
    prev = c;
  }
  return literal.length <= 2 || (marked as string).includes(literal);
}

class Reader {
  private at = 0;

  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  pattern(): Summary {
    const s = this.alternation();
    if (this.at < this.src.length) throw new Error(`unexpected ${this.src[this.at]}`);
    return s;
  }

  private alternation(): Summary {
    const branches = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0] : anyOf(branches);
  }

  private sequence(): Summary {
    const items: Summary[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') items.push(this.quantified(this.atom()));
    return allOf(items);
  }

  private atom(): Summary {
    const c = this.src[this.at++];
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '.':
        return UNKNOWN;
      case '^':
      case '$':
        return EMPTY;
      default:
        return literal(this.unicode ? this.codePoint(c) : c);
    }
  }

  /** A surrogate pair is one character under the u flag. */
  private codePoint(c: string): string {
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && this.at < this.src.length) return c + this.src[this.at++];
    return c;
  }

  private group(): Summary {
    let lookaround = false;
    if (this.src[this.at] === '?') {
      const kind = this.src.slice(this.at, this.at + 3);
      if (kind.startsWith('?:')) this.at += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        this.at += 2;
        lookaround = true;
      } else if (kind === '?<=' || kind === '?<!') {
        this.at += 3;
        lookaround = true;
      } else if (kind.startsWith('?<')) {
        const close = this.src.indexOf('>', this.at);
        if (close < 0) throw new Error('unterminated group name');
        this.at = close + 1;
      } else throw new Error(`unknown group ${kind}`);
    }
    const inner = this.alternation();
    if (this.src[this.at++] !== ')') throw new Error('unterminated group');
    // A look-around adds nothing to what the match holds.
    return lookaround ? EMPTY : inner;
  }

  private escape(): Summary {
    const c = this.src[this.at++];
    if (c === undefined) throw new Error('trailing backslash');
    if (c === 'u' || c === 'x') {
      const ch = this.hexEscape(c);
      return ch === undefined ? UNKNOWN : literal(ch);
    }
    if (c === 'd') return fromChars(DIGITS);
    if (c === 'b' || c === 'B') return EMPTY;
    const control = CONTROL[c];
    if (control !== undefined) return literal(control);
    // \w, \s, \p{…}, back-references and the rest: anything, as far as this reader knows.
    if (/[A-Za-z0-9]/.test(c)) {
      if (c === 'p' || c === 'P' || c === 'k') this.skipBraced();
      return UNKNOWN;
    }
    return literal(c);
  }

  /** \uXXXX, \u{X…} (u flag), \xXX: the character, or undefined for a form this reader does not take. */
  private hexEscape(kind: 'u' | 'x'): string | undefined {
    if (kind === 'u' && this.src[this.at] === '{') {
      const close = this.src.indexOf('}', this.at);
      if (!this.unicode || close < 0) return undefined;
      const code = parseInt(this.src.slice(this.at + 1, close), 16);
      this.at = close + 1;
      return Number.isNaN(code) ? undefined : String.fromCodePoint(code);
    }
    const width = kind === 'u' ? 4 : 2;
    const hex = this.src.slice(this.at, this.at + width);
    if (!new RegExp(`^[0-9A-Fa-f]{${width}}$`).test(hex)) return undefined;
    this.at += width;
    return String.fromCharCode(parseInt(hex, 16));
  }

  private skipBraced(): void {
    const open = this.src[this.at];
    if (open !== '{' && open !== '<') return;
    const close = this.src.indexOf(open === '{' ? '}' : '>', this.at);
    if (close < 0) throw new Error('unterminated escape');
    this.at = close + 1;
  }

  private characterClass(): Summary {
    const negated = this.src[this.at] === '^';
    if (negated) this.at++;
    const chars = new Set<string>();
    let known = !negated;
    while (this.at < this.src.length && this.src[this.at] !== ']') {
      const from = this.classMember();
      if (from === null) {
        known = false;
        continue;
      }
      if (this.src[this.at] === '-' && this.src[this.at + 1] !== ']' && this.at + 1 < this.src.length) {
        this.at++;
        const to = this.classMember();
        if (to === null || from.size !== 1 || to.size !== 1) {
          known = false;
          continue;
        }
        const [a] = from;
        const [b] = to;
        const lo = a.codePointAt(0) ?? 0;
        const hi = b.codePointAt(0) ?? 0;
        if (hi - lo + 1 > MAX_CLASS) known = false;
        else for (let code = lo; code <= hi; code++) chars.add(String.fromCodePoint(code));
        continue;
      }
      for (const ch of from) chars.add(ch);
    }
    if (this.src[this.at++] !== ']') throw new Error('unterminated class');
    return known && chars.size <= MAX_CLASS ? fromChars([...chars]) : UNKNOWN;
  }

  /** One member of a class: its characters, or null when they are not known (\w, \s, \p{…}). */
  private classMember(): ReadonlySet<string> | null {
    const c = this.src[this.at++];
    if (c !== '\\') return new Set([this.unicode ? this.codePoint(c) : c]);
    const e = this.src[this.at++];
    if (e === undefined) throw new Error('trailing backslash');
    if (e === 'u' || e === 'x') {
      const ch = this.hexEscape(e);
      return ch === undefined ? null : new Set([ch]);
    }
    if (e === 'd') return new Set(DIGITS);
    if (e === 'b') return new Set(['\b']);
    const control = CONTROL[e];
    if (control !== undefined) return new Set([control]);
    if (/[A-Za-z0-9]/.test(e)) {
      if (e === 'p' || e === 'P') this.skipBraced();
      return null;
    }
    return new Set([e]);
  }

  private quantified(atom: Summary): Summary {
    const q = this.quantifier();
    if (!q) return atom;
    if (this.src[this.at] === '?') this.at++;
    const [min, max] = q;
    const required = min > 0 ? atom.required : null;
    let exact: Exact = null;
    if (atom.exact && max !== Infinity) {
      let power: Exact = new Set(['']);
      const options = new Set<string>(min === 0 ? [''] : []);
      for (let n = 1; n <= max && power; n++) {
        power = product(power, atom.exact);
        if (power && n >= min) for (const s of power) options.add(s);
      }
      exact = power && options.size <= MAX_EXACT ? options : null;
    }
    return { exact, required: required ?? requiredOf(exact) };
  }

  private quantifier(): [number, number] | undefined {
    const c = this.src[this.at];
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      return c === '?' ? [0, 1] : c === '*' ? [0, Infinity] : [1, Infinity];
    }
    if (c !== '{') return undefined;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
    if (!m) return undefined;
    this.at += m[0].length;
    const min = Number(m[1]);
    return [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
  }
}

const DIGITS = [...'0123456789'];
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

function literal(ch: string): Summary {
  const set = new Set([ch]);
  return { exact: set, required: set };
}

function fromChars(chars: readonly string[]): Summary {
  const set = new Set(chars);
  return { exact: set, required: set };
}

/** All concatenations of a string of `a` and one of `b`, or null when there would be too many. */
function product(a: ReadonlySet<string>, b: ReadonlySet<string>): Exact {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A part's exact strings as literals one of which it holds, when the empty string is not among them. */
function requiredOf(exact: Exact): ReadonlySet<string> | null {
  return exact && !exact.has('') ? minimal(exact) : null;
}

/** Drops a literal that holds another of the set: a text with 不能办 has 不能. */
function minimal(set: ReadonlySet<string>): ReadonlySet<string> {
  const all = [...set].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of all) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return new Set(kept);
}

function anyOf(branches: readonly Summary[]): Summary {
  let exact: Set<string> | null = new Set();
  let required: Set<string> | null = new Set();
  for (const b of branches) {
    if (exact && b.exact) for (const s of b.exact) exact.add(s);
    else exact = null;
    if (exact && exact.size > MAX_EXACT) exact = null;
    const r = b.required ?? requiredOf(b.exact);
    if (required && r) for (const s of r) required.add(s);
    else required = null;
  }
  return { exact, required: required && required.size <= MAX_REQUIRED ? minimal(required) : null };
}

/**
 * A sequence: runs of parts with exact strings are joined (不 then 能|可以 → 不能, 不可以); of
 * those runs and the other parts' literals, the set that says most about the text is kept.
 */
function allOf(items: readonly Summary[]): Summary {
  const candidates: Array<ReadonlySet<string>> = [];
  let run: Exact = new Set(['']);
  let whole: Exact = new Set(['']);
  const closeRun = () => {
    const r = requiredOf(run);
    if (r) candidates.push(r);
  };
  for (const item of items) {
    if (item.required) candidates.push(item.required);
    whole = whole && item.exact ? product(whole, item.exact) : null;
    const joined: Exact = run && item.exact ? product(run, item.exact) : null;
    if (joined) {
      run = joined;
      continue;
    }
    closeRun();
    run = item.exact ?? new Set(['']);
  }
  closeRun();
  const best = candidates.reduce<ReadonlySet<string> | null>((a, b) => (a === null || better(b, a) ? b : a), null);
  return { exact: whole, required: best ?? requiredOf(whole) };
}

/** Longer literals rule out more texts; fewer are quicker to look for. */
function better(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const la = Math.min(3, shortest(a));
  const lb = Math.min(3, shortest(b));
  return la !== lb ? la > lb : a.size < b.size;
}

function shortest(set: ReadonlySet<string>): number {
  let n = Infinity;
  for (const s of set) n = Math.min(n, s.length);
  return n;
}
