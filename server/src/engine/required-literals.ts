/**
 * What a text must contain for a pattern to match anywhere in it, read from the pattern's source:
 * a set of literals, one of which every match holds (不(?:能|可以)办 → 不能办, 不可以办). A text
 * holding none of them cannot match, so the pattern need not run on it — nor be compiled, which
 * for the construction tables' long alternations is most of what a first lint costs. Derived, not
 * written by hand: the tables stay as they are, and a pattern nothing can be derived from still runs.
 */

/**
 * Strings a part of a pattern can match, when they are few; null when they are not (or unknown).
 * Arrays, not sets, which cost young collections by the thousand; a string may come twice (`minimal` drops it).
 */
type Literals = readonly string[];
type Exact = Literals | null;

interface Summary {
  exact: Exact;
  /** Literals one of which every match of the part holds; null when none is known. */
  required: Literals | null;
}

/** Beyond these, a set is not worth spelling out: the part is read as "anything". */
const MAX_EXACT = 64;
const MAX_CLASS = 16;
const MAX_REQUIRED = 256;
/** A run of literals this long already rules out most texts: longer ones only cost more to build. */
const LONG_ENOUGH = 4;

/** What an empty match holds: the empty string alone. */
const NOTHING: Literals = [''];
const UNKNOWN: Summary = { exact: null, required: null };
const EMPTY: Summary = { exact: NOTHING, required: null };

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
  return required && !required.includes('') ? minimal(required) : undefined;
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

  /** The code unit at the reading point (NaN at the end): reading a CJK character as a string would allocate one. */
  private peek(): number {
    return this.src.charCodeAt(this.at);
  }

  private alternation(): Summary {
    const branches = [this.sequence()];
    while (this.peek() === BAR) {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0] : anyOf(branches);
  }

  private sequence(): Summary {
    const items: Summary[] = [];
    for (let c = this.peek(); c === c && c !== BAR && c !== CLOSE; c = this.peek()) items.push(this.plainRun() ?? this.quantified(this.atom()));
    return allOf(items);
  }

  /** Most of a table's pattern is Chinese characters in a row (你这说法): one literal, read at once. */
  private plainRun(): Summary | undefined {
    let end = this.at;
    while (isHan(this.src.charCodeAt(end)) && !isQuantifier(this.src.charCodeAt(end + 1))) end++;
    if (end === this.at) return undefined;
    const run = this.src.slice(this.at, end);
    this.at = end;
    return literalString(run);
  }

  private atom(): Summary {
    const code = this.peek();
    if (isHan(code)) {
      this.at++;
      return literal(code);
    }
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
        return this.unicode && code >= 0xd800 && code <= 0xdbff ? literalString(this.codePoint(c)) : literal(code);
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
      return ch === undefined ? UNKNOWN : literalString(ch);
    }
    if (c === 'd') return fromChars(DIGITS);
    if (c === 'b' || c === 'B') return EMPTY;
    const control = CONTROL[c];
    if (control !== undefined) return literalString(control);
    // \w, \s, \p{…}, back-references and the rest: anything, as far as this reader knows.
    if (/[A-Za-z0-9]/.test(c)) {
      if (c === 'p' || c === 'P' || c === 'k') this.skipBraced();
      return UNKNOWN;
    }
    return literalString(c);
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
    if (hex.length !== width || !(kind === 'u' ? HEX4 : HEX2).test(hex)) return undefined;
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
        if (to === null || from.length !== 1 || to.length !== 1) {
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
  private classMember(): Literals | null {
    const c = this.src[this.at++];
    if (c !== '\\') return [this.unicode ? this.codePoint(c) : c];
    const e = this.src[this.at++];
    if (e === undefined) throw new Error('trailing backslash');
    if (e === 'u' || e === 'x') {
      const ch = this.hexEscape(e);
      return ch === undefined ? null : [ch];
    }
    if (e === 'd') return DIGITS;
    if (e === 'b') return ['\b'];
    const control = CONTROL[e];
    if (control !== undefined) return [control];
    if (/[A-Za-z0-9]/.test(e)) {
      if (e === 'p' || e === 'P') this.skipBraced();
      return null;
    }
    return [e];
  }

  private quantified(atom: Summary): Summary {
    const q = this.quantifier();
    if (!q) return atom;
    if (this.src[this.at] === '?') this.at++;
    const [min, max] = q;
    const required = min > 0 ? atom.required : null;
    let exact: Exact = null;
    if (atom.exact && min === 0 && max === 1) {
      exact = atom.exact.includes('') ? atom.exact : ['', ...atom.exact];
      if (exact.length > MAX_EXACT) exact = null;
    } else if (atom.exact && max !== Infinity) {
      let power: Exact = NOTHING;
      const options: string[] = min === 0 ? [''] : [];
      for (let n = 1; n <= max && power; n++) {
        power = product(power, atom.exact);
        if (power && n >= min) options.push(...power);
      }
      exact = power && options.length <= MAX_EXACT ? options : null;
    }
    return { exact, required: required ?? requiredOf(exact) };
  }

  private quantifier(): [number, number] | undefined {
    if (!isQuantifier(this.peek())) return undefined;
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
const HEX4 = /^[0-9A-Fa-f]{4}$/;
const HEX2 = /^[0-9A-Fa-f]{2}$/;
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

const [BAR, CLOSE, QUESTION, STAR, PLUS, BRACE] = [0x7c, 0x29, 0x3f, 0x2a, 0x2b, 0x7b];

function isHan(code: number): boolean {
  return code >= 0x3400 && code < 0xd800;
}

function isQuantifier(code: number): boolean {
  return code === QUESTION || code === STAR || code === PLUS || code === BRACE;
}

const literals = new Map<number, Summary>();

/** One UTF-16 unit as a literal; the same summary each time it is met. */
function literal(code: number): Summary {
  let s = literals.get(code);
  if (!s) literals.set(code, (s = literalString(String.fromCharCode(code))));
  return s;
}

function literalString(ch: string): Summary {
  const one = [ch];
  return { exact: one, required: one };
}

function fromChars(chars: Literals): Summary {
  return { exact: chars, required: chars };
}

/** All concatenations of a string of `a` and one of `b`, or null when there would be too many. */
function product(a: Literals, b: Literals): Exact {
  if (a === NOTHING) return b;
  if (b === NOTHING) return a;
  if (a.length * b.length > MAX_EXACT) return null;
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) out.push(a[i] + b[j]);
  return out;
}

/** A part's exact strings as literals one of which it holds, when the empty string is not among them. */
function requiredOf(exact: Exact): Literals | null {
  return exact && !exact.includes('') ? exact : null;
}

/** Drops a repeated literal, and one that holds another of the set: a text with 不能办 has 不能. */
function minimal(set: Literals): string[] {
  const kept: string[] = [];
  const byLength = [...set].sort((a, b) => a.length - b.length);
  for (let i = 0; i < byLength.length; i++) if (!holdsAny(byLength[i], kept)) kept.push(byLength[i]);
  return kept;
}

function holdsAny(s: string, kept: Literals): boolean {
  for (let i = 0; i < kept.length; i++) if (s.includes(kept[i])) return true;
  return false;
}

function anyOf(branches: readonly Summary[]): Summary {
  let exact: string[] | null = [];
  let required: string[] | null = [];
  for (let i = 0; i < branches.length; i++) {
    const b = branches[i];
    if (exact && b.exact && exact.length + b.exact.length <= MAX_EXACT) for (let k = 0; k < b.exact.length; k++) exact.push(b.exact[k]);
    else exact = null;
    const r = b.required ?? requiredOf(b.exact);
    if (required && r && required.length + r.length <= MAX_REQUIRED) for (let k = 0; k < r.length; k++) required.push(r[k]);
    else required = null;
  }
  return { exact, required };
}

/**
 * A sequence: runs of parts with exact strings are joined (不 then 能|可以 → 不能, 不可以); of
 * those runs and the other parts' literals, the set that says most about the text is kept.
 */
function allOf(items: readonly Summary[]): Summary {
  if (items.length === 1) return items[0];
  let best: Literals | null = null;
  const consider = (set: Literals | null) => {
    if (set && (best === null || better(set, best))) best = set;
  };
  let run: Literals = NOTHING;
  let whole = true;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    consider(item.required);
    const joined = item.exact && shortest(run) < LONG_ENOUGH ? product(run, item.exact) : null;
    if (joined) {
      run = joined;
      continue;
    }
    whole = false;
    consider(requiredOf(run));
    run = item.exact ?? NOTHING;
  }
  consider(requiredOf(run));
  return { exact: whole ? run : null, required: best };
}

/** Longer literals rule out more texts; fewer are quicker to look for. */
function better(a: Literals, b: Literals): boolean {
  const la = Math.min(LONG_ENOUGH, shortest(a));
  const lb = Math.min(LONG_ENOUGH, shortest(b));
  return la !== lb ? la > lb : a.length < b.length;
}

function shortest(set: Literals): number {
  let n = Infinity;
  for (let i = 0; i < set.length; i++) n = Math.min(n, set[i].length);
  return n;
}
