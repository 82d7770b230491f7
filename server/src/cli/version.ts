declare const CALLSCRIPT_VERSION: string | undefined;

/** Set by the bundler from server/package.json; the tests run unbundled. */
export function version(): string {
  return typeof CALLSCRIPT_VERSION === 'string' ? CALLSCRIPT_VERSION : 'dev';
}
