/** `notice-lint`: the same analysis as the editor, for the command line and CI. */
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { localize, toLocale, type Locale } from '../core';
import { version } from '../../../package.json';
import type { FileOutcome } from './check-file';
import { checkFiles, defaultThreads } from './check-files';
import type { FixMode } from './fix-files';
import { collectFiles, DEFAULT_EXTENSIONS } from './read-input';
import { usageErrors, usageText } from './usage';
import { ReportStream, summaryLine, type Totals } from './report';

/** Bad usage, worded in the language the command line asked for (or the environment's). */
class UsageError extends Error {
  constructor(
    message: string,
    readonly locale: Locale,
  ) {
    super(message);
  }
}

interface Options {
  format: 'text' | 'json';
  outline: boolean;
  extensions: string[];
  locale: Locale;
  fix: FixMode | undefined;
  config: string | undefined;
  /** `--jobs`: how many threads check files; unset, as many as the processors and the files keep busy. */
  jobs: number | undefined;
  operands: string[];
}

/** The language before the options are read: an empty variable counts as unset, as POSIX has it. */
function environmentLocale(): Locale {
  const env = process.env;
  return toLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

function parseOptions(argv: string[], fallbackLocale: Locale): Options | { help: Locale } | { version: true } {
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
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(localize(fallbackLocale, usageErrors.badArgument, { detail: (error as Error).message }), fallbackLocale);
  }
  const { values, positionals } = parsed;
  const locale = values.locale ? toLocale(values.locale) : fallbackLocale;
  if (values.help) return { help: locale };
  if (values.version) return { version: true };
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(localize(locale, usageErrors.unknownFormat, { format: values.format }), locale);
  }
  if (positionals.length === 0) throw new UsageError(localize(locale, usageErrors.noOperand, {}), locale);
  const fix: FixMode | undefined = values['dry-run'] ? 'diff' : values.fix ? 'write' : undefined;
  if (fix === 'diff' && values.format === 'json') throw new UsageError(localize(locale, usageErrors.dryRunJson, {}), locale);
  if (fix === 'write' && positionals.includes('-')) throw new UsageError(localize(locale, usageErrors.fixStdin, {}), locale);
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) {
    throw new UsageError(localize(locale, usageErrors.badJobs, { jobs: values.jobs ?? "" }), locale);
  }
  const extra = values.ext
    .flatMap((list) => list.split(','))
    .map((ext) => ext.trim())
    .filter(Boolean)
    .map((ext) => (ext.startsWith('.') ? ext : `.${ext}`).toLowerCase());
  return {
    format: values.format,
    outline: values.outline,
    extensions: [...DEFAULT_EXTENSIONS, ...extra],
    locale,
    fix,
    config: values.config,
    jobs,
    operands: positionals,
  };
}

async function run(argv: string[]): Promise<number> {
  const fallbackLocale = environmentLocale();
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv, fallbackLocale);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`notice-lint: ${error.message}\n\n${usageText(error.locale)}\n`);
    return 2;
  }
  if ('help' in options) {
    process.stdout.write(`${usageText(options.help)}\n`);
    return 0;
  }
  if ('version' in options) {
    process.stdout.write(`${version}\n`);
    return 0;
  }

  const { files, problems, notes } = collectFiles(options.operands, options.extensions, options.locale);
  const totals: Totals = { files: 0, error: 0, warning: 0, info: 0, unreadable: problems.length, fixed: 0 };
  let unwritten = 0;
  let configFailed = false;
  const configProblems = new Set<string>();
  // Set while the output is backed up: a pipe whose reader lags behind.
  let drained: Promise<void> | undefined;
  const write = (chunk: string) => {
    if (!process.stdout.write(chunk)) drained ??= once(process.stdout, 'drain').then(() => (drained = undefined));
  };
  const reports = new ReportStream(options.format, options.outline, write);
  for (const problem of [...problems, ...notes]) process.stderr.write(`notice-lint: ${problem.name}: ${problem.error}\n`);
  const consume = (outcome: FileOutcome) => {
    // Each thread reads a configuration file for itself; its problems are told once.
    for (const problem of outcome.configProblems) {
      if (!configProblems.has(problem)) process.stderr.write(`notice-lint: ${problem}\n`);
      configProblems.add(problem);
    }
    configFailed ||= outcome.configFailed;
    if (outcome.error) process.stderr.write(`notice-lint: ${outcome.error}\n`);
    if (outcome.unreadable) totals.unreadable++;
    if (outcome.unwritten) unwritten++;
    if (outcome.fixed) totals.fixed++;
    // With --dry-run only the diffs are printed, straight to `patch -p0`.
    if (outcome.diff) write(outcome.diff);
    const report = outcome.report;
    if (!report) return;
    totals.files++;
    for (const d of report.diagnostics) totals[d.severity]++;
    reports.add(report);
  };
  // Standard input can be read only once, on the main thread.
  const threads = files.includes('-') ? 1 : (options.jobs ?? defaultThreads(files.length));
  const request = { locale: options.locale, fix: options.fix, configFile: options.config };
  await checkFiles(files, request, threads, consume, () => drained);
  if (options.fix === 'diff') {
    if (totals.unreadable > 0 || configFailed) return 2;
    return totals.fixed > 0 ? 1 : 0;
  }
  reports.end(summaryLine(options.locale, totals));
  if (totals.unreadable > 0 || unwritten > 0 || configFailed) return 2;
  return totals.error > 0 ? 1 : 0;
}

// A reader that stops early (`notice-lint drafts/ | head`) has all it wants: end quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

run(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
});
