import { parseNow, type Now } from '../engine/time';
import { UsageError } from './usage-error';

// The command-line values both doors read: the CLI among its options, the server on its own.

/** `--now`'s value as a time: with an offset an instant, without one a wall-clock time in each script's zone. */
export function nowOption(s: string): Now {
  const now = parseNow(s);
  if (now === undefined) {
    throw new UsageError({
      zh: `--now 需要 ISO-8601 时间(且是日历上有的一天),例如 2027-02-06T10:00+08:00,而不是“${s}”`,
      en: `--now takes an ISO-8601 time of a day the calendar has, such as 2027-02-06T10:00+08:00, not "${s}"`,
    });
  }
  return now;
}

/** `--now` for the language server, which takes no other option of ours. */
export function nowFrom(argv: readonly string[]): Now | undefined {
  const value = valueOf(argv, '--now');
  return value === undefined ? undefined : nowOption(value);
}

/** The value given to a flag (`--flag value` or `--flag=value`), looked for before any `--`. */
export function valueOf(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === flag) return argv[i + 1];
    if (argv[i].startsWith(`${flag}=`)) return argv[i].slice(flag.length + 1);
  }
  return undefined;
}
