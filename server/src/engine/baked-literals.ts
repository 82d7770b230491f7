/**
 * The construction tables' required literals (required-literals.ts), by pattern (`flags/source`),
 * derived when the bundles are built: scripts/build.mjs writes them in here, so that a server's
 * first lint, the one an editor waits for, reads them instead of deriving them from 200-odd
 * patterns. Empty when the engine runs from its sources (the tests): each pattern's literals are
 * then derived on first use, as they are for a pattern the build did not see.
 */
export const BAKED_LITERALS: Readonly<Record<string, readonly string[] | null>> = {};
