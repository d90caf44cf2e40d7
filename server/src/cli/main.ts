/** `notice-lint`: the same analysis as the editor, for the command line and CI. */
import { parseArgs } from 'node:util';
import { analyze, toLocale, type Locale } from '../core';
import { CheckerConfig } from './config';
import { version } from '../../../package.json';
import { fixInput, type FixMode } from './fix-files';
import { collectFiles, DEFAULT_EXTENSIONS, readInput } from './read-input';
import { findingLines, outlineLines, summaryLine, toFileReport, type FileReport, type Totals } from './report';

const USAGE = `Usage: notice-lint [options] FILE|DIR|- ...

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
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 no error-severity finding, 1 at least one, 2 bad usage, a file that could not be read
(or, with --fix, written), or a configuration file that could not be read or parsed. With --dry-run: 0 nothing to change, 1 some file would change, 2 as above.`;

class UsageError extends Error {}

interface Options {
  format: 'text' | 'json';
  outline: boolean;
  extensions: string[];
  locale: Locale;
  fix: FixMode | undefined;
  config: string | undefined;
  operands: string[];
}

function parseOptions(argv: string[]): Options | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        outline: { type: 'boolean', default: false },
        ext: { type: 'string', multiple: true, default: [] },
        locale: { type: 'string' },
        fix: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`unknown --format "${values.format}": use text or json`);
  }
  if (positionals.length === 0) throw new UsageError('no file or directory given');
  const fix: FixMode | undefined = values['dry-run'] ? 'diff' : values.fix ? 'write' : undefined;
  if (fix === 'diff' && values.format === 'json') throw new UsageError('--dry-run prints a diff; it cannot be combined with --format json');
  if (fix === 'write' && positionals.includes('-')) throw new UsageError('--fix cannot rewrite standard input; use --dry-run to see the changes');
  const extra = values.ext
    .flatMap((list) => list.split(','))
    .map((ext) => ext.trim())
    .filter(Boolean)
    .map((ext) => (ext.startsWith('.') ? ext : `.${ext}`).toLowerCase());
  const env = process.env;
  return {
    format: values.format,
    outline: values.outline,
    extensions: [...DEFAULT_EXTENSIONS, ...extra],
    // An empty variable counts as unset, as POSIX has it.
    locale: toLocale(values.locale || env.LC_ALL || env.LC_MESSAGES || env.LANG),
    fix,
    config: values.config,
    operands: positionals,
  };
}

function run(argv: string[]): number {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`notice-lint: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }

  const config = new CheckerConfig(options.locale, options.config, (message) => process.stderr.write(`notice-lint: ${message}\n`));
  const { files, problems } = collectFiles(options.operands, options.extensions, options.locale);
  const totals: Totals = { files: 0, error: 0, warning: 0, info: 0, unreadable: problems.length, fixed: 0 };
  const diffs: string[] = [];
  let unwritten = 0;
  const reports: FileReport[] = [];
  const out: string[] = [];
  for (const problem of problems) process.stderr.write(`notice-lint: ${problem.name}: ${problem.error}\n`);
  for (const file of files) {
    const input = readInput(file, options.locale);
    if ('error' in input) {
      totals.unreadable++;
      process.stderr.write(`notice-lint: ${input.name}: ${input.error}\n`);
      continue;
    }
    let text = input.text;
    if (options.fix) {
      const outcome = fixInput(input, options.fix, config.optionsFor(file));
      if ('error' in outcome) {
        unwritten++;
        process.stderr.write(`notice-lint: ${input.name}: ${outcome.error}\n`);
        continue;
      }
      if (outcome.changed) totals.fixed++;
      if (options.fix === 'diff') {
        if (outcome.diff) diffs.push(outcome.diff);
        continue;
      }
      text = outcome.text;
    }
    const report = toFileReport(input.name, analyze(text, config.optionsFor(file)));
    totals.files++;
    for (const d of report.diagnostics) totals[d.severity]++;
    if (options.format === 'json') {
      reports.push(report);
    } else {
      if (options.outline) out.push(...outlineLines(report));
      out.push(...findingLines(report));
    }
  }
  if (options.fix === 'diff') {
    // Only the diff, so that it can go straight to `patch -p0`.
    process.stdout.write(diffs.join(''));
    if (totals.unreadable > 0 || config.failed) return 2;
    return totals.fixed > 0 ? 1 : 0;
  }
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  } else {
    out.push(summaryLine(options.locale, totals));
    process.stdout.write(`${out.join('\n')}\n`);
  }
  if (totals.unreadable > 0 || unwritten > 0 || config.failed) return 2;
  return totals.error > 0 ? 1 : 0;
}

process.exitCode = run(process.argv.slice(2));
