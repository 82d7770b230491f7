/**
 * How the server counts the findings past `callscript.maxProblems`. A lint lints past the cap only
 * this many characters, to count their findings; a long dense document's first `maxProblems` are
 * sent without linting the rest of it (a 16-million-character one took minutes before the first
 * diagnostic). The rest is counted afterwards, a step of COUNT_STEP characters at a time, while
 * the version stays the newest, and the diagnostics are sent again with the count.
 */
export const COUNT_AHEAD = 256 * 1024;

/** About 0.1 s of linting a script dense with findings: how long a newer version may wait for a count step to end. */
export const COUNT_STEP = 64 * 1024;
