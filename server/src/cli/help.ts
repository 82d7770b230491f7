import type { Locale } from '../engine';
import { messageIn } from '../messages';

const EN = `callscript — lint Chinese call-center scripts (话术)

Usage:
  callscript check [paths, folders, globs…]   lint .callscript files (default: the current folder)
  callscript check -                          lint one script from standard input (or --stdin)
  callscript rules [--format json]            list every rule: severity, fixable, title, page
  callscript init                             write a starter callscript.json here
  callscript print-config <script>            the merged config for a script, and where each value came from
  callscript --stdio                          run the language server over stdio (--node-ipc also works)

Options for check:
  -f, --format <name>       stylish (default) | json | sarif | junit | github | html
      --fix                 apply every fix and write the files back (atomically; BOM and line endings kept)
      --fix-dry-run         print what --fix would change as a unified diff; write nothing
  -c, --config <file>       use this callscript.json for every file instead of looking for one
      --max-warnings <n>    exit 1 when there are more than n warnings
      --now <iso-8601>      the time used for scripts without "valid" (e.g. 2027-02-06T10:00+08:00;
                            without an offset: that wall time in each script's own timezone)
  -q, --quiet               report errors only
  -o, --output-file <path>  write the report to a file; the terminal gets the summary
      --stdin-filename <p>  with -: check standard input as this path (config, messages)
      --locale <name>       language of the messages: zh-CN (default), zh-TW, zh-HK, en
      --color, --no-color   force colors on or off (default: on a terminal, unless NO_COLOR is set)
      --concurrency <n>     worker threads: auto (default: parallel for large runs), off, or a number
      --shard <i/n>         check only the i-th of n parts of the files (a CI matrix; every file in one part)
  -v, --version             print the version
  -h, --help                print this help

Folders are searched for .callscript files and for scripts in .md, .txt, .docx, .xlsx and .csv
files (or, where a config declares "files", the files its globs match), skipping what .gitignore
ignores. Word, Excel and CSV findings name the paragraph or cell; --fix never writes those files. A glob in quotes ("scripts/**/*.callscript") is matched by callscript itself.

Exit codes: 0 clean; 1 lint errors (or more warnings than --max-warnings);
            2 bad usage, a bad config, or a file that could not be read or written.

Examples:
  npx callscript check examples/
  npx callscript check scripts/ --format json --now 2027-02-06T10:00+08:00
  npx callscript check "scripts/**/*.callscript" --format sarif > callscript.sarif
  npx callscript check . --format html > report.html
  npx callscript check scripts/ --fix-dry-run | less
  npx callscript check scripts/ --fix --max-warnings 0

More: docs/cli.md
`;

const ZH = `callscript — 话术规范检查

用法:
  callscript check [文件、文件夹、通配符…]   检查 .callscript 文件(默认:当前文件夹)
  callscript check -                          检查标准输入中的一份话术(也可写 --stdin)
  callscript rules [--format json]            列出全部规则:级别、能否修复、标题、说明页
  callscript init                             在当前文件夹写入一份初始 callscript.json
  callscript print-config <话术文件>          显示对该文件生效的合并配置及每项的来源
  callscript --stdio                          以 stdio 运行语言服务器(也支持 --node-ipc)

check 的选项:
  -f, --format <格式>       stylish(默认)| json | sarif | junit | github | html
      --fix                 应用全部修复并写回文件(原子写入,保留 BOM 与换行符)
      --fix-dry-run         以统一 diff 显示 --fix 会做的修改,不写任何文件
  -c, --config <文件>       所有文件都使用这个 callscript.json,不再逐级查找
      --max-warnings <n>    警告多于 n 个时以 1 退出
      --now <iso-8601>      话术没有 valid 时采用的时间(如 2027-02-06T10:00+08:00;
                            不带时差时,按各话术自己的 timezone 理解为当地时间)
  -q, --quiet               只报告错误
  -o, --output-file <路径>  把报告写入文件,终端只显示汇总
      --stdin-filename <路径> 与 - 一起用:把标准输入当作该路径检查(决定配置与消息中的文件名)
      --locale <语言>       消息语言:zh-CN(默认)、zh-TW、zh-HK、en
      --color, --no-color   强制开启或关闭颜色(默认:终端上开启,设置了 NO_COLOR 时关闭)
      --concurrency <n>     工作线程:auto(默认,文件多时并行)、off 或线程数
      --shard <i/n>         只检查文件的第 i 份(共 n 份,用于 CI 矩阵;每个文件恰在一份中)
  -v, --version             显示版本
  -h, --help                显示本帮助

文件夹中查找 .callscript 文件,以及 .md、.txt、.docx、.xlsx、.csv 中的话术(配置声明了 "files"
时,改由其通配符决定),跳过 .gitignore 忽略的路径。Word、Excel、CSV 的问题标明段落或单元格;
--fix 不改写这些文件。
加引号的通配符("scripts/**/*.callscript")由 callscript 自己匹配。

退出码:0 没有问题;1 有错误(或警告多于 --max-warnings);
        2 用法有误、配置有误,或有文件无法读取或写入。

示例:
  npx callscript check examples/
  npx callscript check scripts/ --format json --now 2027-02-06T10:00+08:00
  npx callscript check "scripts/**/*.callscript" --format sarif > callscript.sarif
  npx callscript check . --format html > report.html
  npx callscript check scripts/ --fix-dry-run | less
  npx callscript check scripts/ --fix --max-warnings 0

详见:docs/cli.md
`;

export function helpText(locale: Locale): string {
  return messageIn({ zh: ZH, en: EN }, locale);
}
