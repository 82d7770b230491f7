export const HELP = `callscript — 话术规范检查 / lint Chinese call-center scripts

Usage:
  callscript check [paths, folders…]   lint .callscript files (default: the current folder)
  callscript --stdio                   run the language server over stdio

Options for check:
  -f, --format <name>      stylish (default) | json
      --fix                apply every safe fix and write the files back
  -c, --config <file>      use this callscript.json instead of looking for one
      --max-warnings <n>   exit 1 when there are more than n warnings
      --now <iso-8601>     the time used for scripts without "valid" (e.g. 2027-02-06T10:00+08:00)
  -q, --quiet              report errors only
      --locale <zh-CN|en>  language of messages (default zh-CN)
  -v, --version            print the version
  -h, --help               print this help

Exit codes: 0 clean, 1 lint errors (or too many warnings), 2 bad usage, unreadable file or bad config.

Examples:
  npx callscript check examples/
  npx callscript check scripts/ --format json --now 2027-02-06T10:00+08:00
`;
