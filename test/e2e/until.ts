/**
 * Re-checks a condition on what the page (or editor) shows until it holds. There is no fixed
 * sleep anywhere in the e2e suites: every wait ends as soon as its condition is seen, and the
 * generous limit only bounds how long a broken build takes to fail.
 */
export async function until<T>(
  description: string,
  probe: () => Promise<T>,
  holds: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (holds(last)) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? String(lastError) : JSON.stringify(last, null, 2);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

const POLL_INTERVAL_MS = 100;
