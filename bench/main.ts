/**
 * `npm run bench`: prints every performance figure the project promises, and
 * whether each target is met. Bundled by scripts/bench.mjs into dist/bench/,
 * two folders below the root like test/helpers, whose paths it shares.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze, RULES } from '../server/src/core';
import { CORPUS_DIR } from '../test/helpers/corpus';
import { defaultThreads } from '../server/src/cli/check-files';
import { compareCheckers, type CheckerComparison } from './checkers';
import { generateNotice } from './generate-notice';
import { formatMs, formatTiming, interleave, repeat, summarise, type Timing } from './measure';
import { keystrokeLatencies, MAX_ANALYSIS_LEAD_MS, serverMemory, VALIDATION_DELAY_MS } from './server-figures';
import { WORST_CASES } from './worst-cases';
import { noticeGrammar, tokenizeLines } from '../test/helpers/textmate';

const TARGET = {
  corpusMs: 2,
  megabyteMs: 100,
  baselineRatio: 10,
  linearity: 1.3,
  checkerSpeedup: 10,
  serverRssBytes: 100 * 1024 * 1024,
  keystrokeMs: 20,
};

/**
 * The bare baseline: split into lines and test each against one regular
 * expression, a half-width comma, colon or semicolon after a Han character
 * (the simplest form of one of our rules). It reads a line up to its first
 * match and the whole of a line without one: all of 003, about a fifth of
 * 000, whose lines mostly hold such a mark early on.
 */
const BASELINE_RE = /\p{Script=Han}[,:;]/u;
/** The cheapest baseline: a heading marker at the start of each line, which reads a few characters of each. */
const MARKER_RE = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．]|[（(]\d+[）)]|[①-⑳])/;

function baseline(text: string, pattern: RegExp): number {
  let hits = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (pattern.test(line)) hits++;
  return hits;
}

function verdict(met: boolean): string {
  return met ? 'met' : 'MISSED';
}

function kilobytes(text: string): string {
  const bytes = Buffer.byteLength(text);
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;
}

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? 'unavailable (no /proc)' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function cpuModel(): string {
  try {
    const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (model) return model[1].trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

function section(title: string): void {
  console.log(`\n## ${title}\n`);
}

interface Row {
  label: string;
  text: string;
  analysis: Timing;
  bare: Timing;
  marker: Timing;
  /** Per round, the analysis over each baseline run beside it. */
  overBare: Timing;
  overMarker: Timing;
}

function measureText(label: string, text: string): Row {
  const large = text.length > 500_000;
  const options = large ? { minRuns: 15, minTotalMs: 2000, warmup: 3 } : { minRuns: 30, minTotalMs: 1500, warmup: 20 };
  const { timings, ratiosToFirst } = interleave(
    { analysis: () => analyze(text), bare: () => baseline(text, BASELINE_RE), marker: () => baseline(text, MARKER_RE) },
    options,
  );
  return { label, text, ...timings, overBare: ratiosToFirst.bare, overMarker: ratiosToFirst.marker };
}

/**
 * The time of one analysis of `large` over that of ten of `small` in a row,
 * measured in alternation so that both meet the same load on the machine;
 * the ratios' median and quartiles.
 */
function pairedLinearity(small: string, large: string, pairs: number): Timing {
  for (let i = 0; i < 3; i++) {
    analyze(small);
    analyze(large);
  }
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    let start = performance.now();
    for (let j = 0; j < 10; j++) analyze(small);
    const tenSmall = performance.now() - start;
    start = performance.now();
    analyze(large);
    ratios.push((performance.now() - start) / tenSmall);
  }
  return summarise(ratios);
}

function formatRatio(ratio: Timing): string {
  return `${ratio.median.toFixed(1)}× (${ratio.q1.toFixed(1)}–${ratio.q3.toFixed(1)})`;
}

function printRow(row: Row): void {
  console.log(`${row.label} (${kilobytes(row.text)})`);
  console.log(`  full analysis      ${formatTiming(row.analysis)}`);
  console.log(`  bare baseline      ${formatTiming(row.bare)}   ratio ${formatRatio(row.overBare)}`);
  console.log(`  marker-only line   ${formatTiming(row.marker)}   ratio ${formatRatio(row.overMarker)}`);
}

function corpusFiles(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(CORPUS_DIR, name));
}

/** `npm run bench -- checker server` runs only those sections; with no names, all of them. */
const SECTIONS = ['analysis', 'worst', 'grammar', 'checker', 'server'] as const;
type Section = (typeof SECTIONS)[number];

function chosenSections(args: string[]): Set<Section> {
  const unknown = args.filter((arg) => !(SECTIONS as readonly string[]).includes(arg));
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}: choose from ${SECTIONS.join(', ')}`);
  return new Set(args.length ? (args as Section[]) : SECTIONS);
}

async function main(): Promise<void> {
  const sections = chosenSections(process.argv.slice(2));
  console.log('# notice benchmark');
  console.log(`\nmachine: nproc ${availableParallelism()}, ${cpuModel()}, node ${process.version}, ${process.platform} ${process.arch}`);
  // Other work on the machine inflates every wall-clock figure below.
  console.log(`load average at start (1, 5, 15 min): ${loadavg().map((load) => load.toFixed(2)).join(', ')}`);
  console.log(`rules measured (every rule in RULES): ${RULES.map((rule) => rule.id).join(', ')}`);
  console.log(`bare baseline: split into lines, test ${BASELINE_RE} on each; marker-only: test ${MARKER_RE} on each`);
  console.log('timings: median (first–third quartile, runs), in this process after warm-up runs');
  console.log('ratios to a baseline: the median (and quartiles) of the ratios of runs taken in alternation, one of each per round');

  const corpus = corpusFiles();
  if (corpus.length === 0) console.log(`corpus rows skipped: ${CORPUS_DIR} not found`);
  const hundred = generateNotice({ seed: 100, targetBytes: 100_000, mistakes: true });
  const megabyte = generateNotice({ seed: 1000, targetBytes: 1_000_000, mistakes: true });
  // The server first: the timings it takes are received in this process, and
  // the garbage the other sections leave here would delay their reception.
  if (sections.has('server')) await serverSection(hundred, megabyte);
  if (sections.has('analysis')) analysisSection(corpus, hundred, megabyte);
  if (sections.has('worst')) worstCaseSection();
  if (sections.has('grammar')) await grammarSection();
  if (sections.has('checker')) checkerSection(corpus);
}

function analysisSection(corpus: string[], hundred: string, megabyte: string): void {
  section('Full analysis (parse and every rule)');
  const rows: Row[] = [];
  for (const file of corpus) rows.push(measureText(`corpus ${basename(file)}`, readFileSync(file, 'utf8')));
  rows.push(measureText('generated notice', hundred));
  const megabyteRow = measureText('generated notice', megabyte);
  rows.push(megabyteRow);
  rows.forEach(printRow);

  section('Targets: analysis');
  for (const row of rows.slice(0, corpus.length)) {
    console.log(`${row.label}: ${formatMs(row.analysis.median)} < ${TARGET.corpusMs} ms: ${verdict(row.analysis.median < TARGET.corpusMs)}`);
  }
  console.log(`1 MB: ${formatMs(megabyteRow.analysis.median)} < ${TARGET.megabyteMs} ms: ${verdict(megabyteRow.analysis.median < TARGET.megabyteMs)}`);
  for (const row of rows) {
    const ratio = row.overBare.median;
    console.log(`${row.label} (${kilobytes(row.text)}): ${ratio.toFixed(1)}× the bare baseline ≤ ${TARGET.baselineRatio}×: ${verdict(ratio <= TARGET.baselineRatio)}`);
  }
  const linearity = pairedLinearity(hundred, megabyte, 20);
  console.log(
    `linearity: 1 MB against ten 100 KB analyses in a row, ${linearity.samples.length} interleaved pairs: median ratio ${linearity.median.toFixed(2)} (${linearity.q1.toFixed(2)}–${linearity.q3.toFixed(2)}) ≤ ${TARGET.linearity}: ${verdict(linearity.median <= TARGET.linearity)}`,
  );
}

/**
 * Sizes each worst case is timed at. Growth is judged from the middle size
 * to the largest: from 10 000 to 100 000 characters the inputs that make a
 * finding every few characters cross the garbage collector's first
 * threshold, which inflated that step up to ×54 in code that doubles its
 * time with each doubling of the input after it.
 */
const WORST_SIZES = [10_000, 100_000, 1_000_000] as const;
/** Growth for ten times the input above which a pattern is flagged: linear code grows about tenfold (up to ×27 measured, with the collector's share), quadratic a hundredfold. */
const SUPERLINEAR_GROWTH = 30;

function timeWorstCase(text: string): Timing {
  // One run first: a pattern gone quadratic shows itself without a long wait for repeats. It is the warm-up too.
  const once = performance.now();
  analyze(text);
  const single = performance.now() - once;
  return single > 2000 ? summarise([single]) : repeat(() => analyze(text), { warmup: 0, minRuns: 5, minTotalMs: 300 });
}

function worstCaseSection(): void {
  section(`Worst cases for the regular expressions (${WORST_SIZES.map((size) => size.toLocaleString('en')).join(', ')} characters)`);
  for (const worst of WORST_CASES) {
    const [small, middle, large] = WORST_SIZES.map((size) => timeWorstCase(worst.make(size)).median);
    const growth = large / middle;
    console.log(
      `${worst.name.padEnd(40)} ${[small, middle, large].map((ms) => formatMs(ms).padStart(9)).join(' →')}` +
        `  ×${(middle / small).toFixed(1)}, then ×${growth.toFixed(1)} for ×10 the input${growth > SUPERLINEAR_GROWTH ? '  SUPERLINEAR' : ''}`,
    );
  }
}

/** The line lengths the grammar is timed at: VS Code colours lines up to 20 000 characters (`editor.maxTokenizationLineLength`). */
const GRAMMAR_SIZES = [2_000, 20_000] as const;

/**
 * The same worst cases, coloured by the TextMate grammar in the engine VS
 * Code uses, line after line as the editor does: a pattern that backtracks
 * from every position of a line shows as growth of about a hundredfold here.
 */
async function grammarSection(): Promise<void> {
  section(`Worst cases for the TextMate grammar, in VS Code's engine (${GRAMMAR_SIZES.map((size) => size.toLocaleString('en')).join(' and ')} characters)`);
  const grammar = await noticeGrammar();
  for (const worst of WORST_CASES) {
    const [small, large] = GRAMMAR_SIZES.map((size) => {
      const lines = worst.make(size).split(/\r\n|\r|\n/);
      return repeat(() => tokenizeLines(grammar, lines), { warmup: 1, minRuns: 5, minTotalMs: 200 }).median;
    });
    const growth = large / small;
    console.log(
      `${worst.name.padEnd(40)} ${formatMs(small).padStart(9)} → ${formatMs(large).padStart(9)}  ×${growth.toFixed(1)} for ×10 the line${growth > SUPERLINEAR_GROWTH ? '  SUPERLINEAR' : ''}`,
    );
  }
}

function checkerSection(corpus: string[]): void {
  section('Checker against markdownlint-cli2 (200 copies, whole processes)');
  if (corpus.length === 0) {
    console.log(`skipped: ${CORPUS_DIR} not found`);
  } else {
    const comparison = compareCheckers(corpus[0], 200, 7);
    const speedup = comparison.markdownlint.median / comparison.ours.median;
    const oneThreadSpeedup = comparison.markdownlint.median / comparison.oursOneThread.median;
    console.log(`files: 200 copies of ${basename(corpus[0])}; both run without NODE_EXTRA_CA_CERTS, which costs every Node start-up time`);
    console.log(`notice-lint         ${formatTiming(comparison.ours)}   (default here: ${defaultThreads(200) === 1 ? 'one thread' : `${defaultThreads(200)} threads`})`);
    console.log(`notice-lint -j 1    ${formatTiming(comparison.oursOneThread)}   (one thread: ${oneThreadSpeedup.toFixed(1)}× faster)`);
    console.log(`markdownlint-cli2   ${formatTiming(comparison.markdownlint)}`);
    console.log(`notice-lint is ${speedup.toFixed(1)}× faster ≥ ${TARGET.checkerSpeedup}×: ${verdict(speedup >= TARGET.checkerSpeedup)}`);
    printCheckerBound(comparison, readFileSync(corpus[0], 'utf8'));
  }

}

/**
 * How fast any checker built on this analysis could be on these files. A
 * process that only loads the core and analyses the text as many times, cold
 * as a checker starts, is the least a fresh process can take; the analyses
 * warmed up in this process, plus a Node process that does nothing, are what
 * remains once the JIT's warm-up is set aside too.
 */
function printCheckerBound(comparison: CheckerComparison, text: string): void {
  const { copies, markdownlint } = comparison;
  const warm = repeat(() => {
    for (let i = 0; i < copies; i++) analyze(text);
  }, { warmup: 2, minRuns: 5, minTotalMs: 1000 });
  const warmFloor = comparison.bareNode.median + warm.median;
  const speedup = (ms: number) => `${(markdownlint.median / ms).toFixed(1)}×`;
  console.log(`bounds for any checker built on this analysis, which only analysed the text ${copies} times:`);
  console.log(`  in a fresh process (start-up, loading, cold JIT)   ${formatTiming(comparison.analysesOnly)}   at most ${speedup(comparison.analysesOnly.median)} faster`);
  console.log(
    `  warm JIT: node -e 0 ${formatMs(comparison.bareNode.median)} + ${formatMs(warm.median)} in this process = ${formatMs(warmFloor)}   at most ${speedup(warmFloor)} faster`,
  );
}

async function serverSection(hundred: string, megabyte: string): Promise<void> {
  section('Language server over stdio');
  const memory = await serverMemory(megabyte);
  console.log(`resident memory: idle ${megabytes(memory.idle)}; with the 1 MB notice open (diagnosed, outlined, folded) ${megabytes(memory.withDocument)}`);
  if (memory.withDocument !== undefined) {
    console.log(`< ${megabytes(TARGET.serverRssBytes)}: ${verdict(memory.withDocument < TARGET.serverRssBytes)}`);
  }
  console.log(`after 100 further edits to it, each diagnosed: ${megabytes(memory.afterEdits)}`);
  const latencies = summarise(
    (await keystrokeLatencies(hundred, { warmupBursts: 5, bursts: 20, keystrokesPerBurst: 5, keystrokeGapMs: 40 })).map(
      (latency) => latency - VALIDATION_DELAY_MS,
    ),
  );
  console.log(`debounce: diagnostics are published ${VALIDATION_DELAY_MS} ms after the last change; the analysis starts up to ${MAX_ANALYSIS_LEAD_MS} ms ahead of that, by how long the last one took`);
  console.log(`100 KB draft, last keystroke to diagnostics, minus the debounce: ${formatTiming(latencies)}`);
  console.log(`< ${TARGET.keystrokeMs} ms: ${verdict(latencies.median < TARGET.keystrokeMs)} (worst ${formatMs(latencies.samples[latencies.samples.length - 1])})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
