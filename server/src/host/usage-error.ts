import type { Locale, Message } from '../engine';
import { messageIn } from '../messages';

/**
 * A mistake in how the CLI was called, or in what it was pointed at: exit 2 with one line on
 * stderr. It carries both languages because it can be thrown before `--locale` is known.
 */
export class UsageError extends Error {
  constructor(readonly text: Message) {
    super(text.en);
  }

  in(locale: Locale): string {
    return messageIn(this.text, locale);
  }
}
