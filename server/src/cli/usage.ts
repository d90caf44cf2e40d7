/** The checker's help and usage errors, in Chinese and English like everything else it prints. */
import type { Locale, Message } from '../core';

const usage: Record<Locale, string> = {
  en: `Usage: notice-lint [options] FILE|DIR|- ...

Checks rectification progress notices (巡视整改进展情况的通报).
Directories are searched for *.notice and *.notice.txt; "-" reads standard input.

Options:
  --format text|json   output format (default: text)
  --outline            with text output, also print each file's outline
  --ext .txt,.md       more file endings to look for in directories
  --locale zh|en       language of messages (default: from LC_ALL / LC_MESSAGES / LANG)
  --config FILE        settings to use (default: the nearest .noticerc.json above each file)
  --fix                renumber each file (numbers and marker styles) and rewrite it in
                       place, atomically; then report what is left
  --dry-run            print what --fix would change as a unified diff, change nothing
  -j, --jobs N         check files on N threads (default: one per 1000 files, at most one
                       per processor and 8 in all); the output is the same either way
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 no error-severity finding, 1 at least one, 2 bad usage, a file that could not be read
(or, with --fix, written), or a configuration file that could not be read or parsed. With --dry-run: 0 nothing to change, 1 some file would change, 2 as above.`,
  zh: `用法：notice-lint [选项] 文件|目录|- ...

检查巡视（巡察）整改进展情况的通报。
目录中查找 *.notice 和 *.notice.txt 文件；“-”表示从标准输入读取。

选项：
  --format text|json   输出格式（默认 text）
  --outline            文本输出时，同时列出每个文件的提纲
  --ext .txt,.md       在目录中另外查找的文件扩展名
  --locale zh|en       提示语言（默认取自 LC_ALL / LC_MESSAGES / LANG）
  --config FILE        使用的配置文件（默认：每个文件所在目录向上最近的 .noticerc.json）
  --fix                重新编号（序号和编号样式），以原子方式改写原文件，再报告其余问题
  --dry-run            以统一差异格式显示 --fix 将作的修改，不改动文件
  -j, --jobs N         用 N 个线程检查文件（默认：每 1000 个文件一个，不超过处理器数，至多 8 个）；
                       输出与线程数无关
  -h, --help           显示本帮助
  -v, --version        显示版本号

退出码：0 无错误级问题；1 至少有一个错误级问题；2 用法有误、文件无法读取（或 --fix 时无法写入）、
配置文件无法读取或解析。使用 --dry-run 时：0 无需修改，1 有文件将被修改，2 同上。`,
};

export function usageText(locale: Locale): string {
  return usage[locale];
}

export const usageErrors = {
  badArgument: {
    zh: (a) => `参数有误：${a.detail}`,
    en: (a) => `${a.detail}`,
  },
  unknownFormat: {
    zh: (a) => `未知的 --format “${a.format}”：可用 text 或 json`,
    en: (a) => `unknown --format "${a.format}": use text or json`,
  },
  noOperand: {
    zh: () => '未指定文件或目录',
    en: () => 'no file or directory given',
  },
  dryRunJson: {
    zh: () => '--dry-run 输出差异，不能与 --format json 同用',
    en: () => '--dry-run prints a diff; it cannot be combined with --format json',
  },
  badJobs: {
    zh: (a) => `--jobs 应为正整数，而不是“${a.jobs}”`,
    en: (a) => `--jobs takes a positive whole number, not "${a.jobs}"`,
  },
  fixStdin: {
    zh: () => '--fix 不能改写标准输入；可用 --dry-run 查看修改',
    en: () => '--fix cannot rewrite standard input; use --dry-run to see the changes',
  },
} satisfies Record<string, Message>;
