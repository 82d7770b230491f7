/**
 * Control characters, C1 controls, line and paragraph separators and bidirectional controls, as
 * a terminal or a CI log would act on them: a file name or a config's `message` with `\n::error`
 * forges a workflow command, `ESC ]0;` sets the window title, `ESC [2J` clears the screen, U+202E
 * shows a name backwards.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text from a file name, a script or a config, safe to print to a terminal or a CI log: every unsafe character shown as an escape. */
export function terminalSafe(s: string): string {
  return replaceUnsafe(s, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Each unsafe character replaced by what `by` makes of it. */
export function replaceUnsafe(s: string, by: (c: string) => string): string {
  return s.replace(UNSAFE, by);
}

/** Whether text has a character `terminalSafe` would escape. */
export function hasUnsafe(s: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(s);
}
