/** A mistake in how the CLI was called, or in what it was pointed at: exit 2, one line on stderr. */
export class UsageError extends Error {}
