/**
 * Whether a pattern may match in a text, by the literals one of which its every match holds
 * (required-literals.ts): baked into the bundles when they are built, derived on first use otherwise.
 */
import { BAKED_LITERALS } from './baked-literals';
import { requiredLiterals } from './required-literals';

const literalsOf = new WeakMap<RegExp, readonly string[] | null>();

/** The key a pattern's literals are baked under. */
export function bakedKey(pattern: RegExp): string {
  return `${pattern.flags}/${pattern.source}`;
}

function literalsFor(pattern: RegExp): readonly string[] | null {
  const baked = BAKED_LITERALS[bakedKey(pattern)];
  return baked !== undefined ? baked : (requiredLiterals(pattern) ?? null);
}

/**
 * Whether `pattern` may match somewhere in `text`: false only when the text lacks every literal the
 * pattern needs. Looking for each literal with `includes` would cost more than the patterns it
 * spares (the tables need thousands of literals per view), so the text's characters and pairs of
 * characters are marked once, and a literal is looked for only when all of its are there.
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  let literals = literalsOf.get(pattern);
  if (literals === undefined) literalsOf.set(pattern, (literals = literalsFor(pattern)));
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
