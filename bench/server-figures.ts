/**
 * Figures taken through the real language server, started from `dist/` and
 * spoken to over stdio as an editor would: its resident memory with a large
 * document open, and how soon diagnostics follow the last keystroke.
 */
import { readFileSync } from 'node:fs';
import { ServerSession } from '../test/helpers/lsp-client';
import { MAX_ANALYSIS_LEAD_MS, VALIDATION_DELAY_MS } from '../server/src/validation-scheduler';

export { MAX_ANALYSIS_LEAD_MS, VALIDATION_DELAY_MS };

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resident set size of a process in bytes, from /proc; undefined where there is no /proc. */
function residentBytes(pid: number): number | undefined {
  try {
    const kilobytes = /^VmRSS:\s*(\d+)\s*kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kilobytes ? Number(kilobytes[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface MemoryFigures {
  /** After initialize, before any document. */
  idle: number | undefined;
  /** With the document open, diagnosed, outlined and folded. */
  withDocument: number | undefined;
  /** After a further hundred edits to it, each diagnosed. */
  afterEdits: number | undefined;
}

export async function serverMemory(text: string): Promise<MemoryFigures> {
  const session = await ServerSession.start({ locale: 'zh-cn' });
  try {
    await sleep(200);
    const idle = residentBytes(session.pid);
    const uri = 'file:///bench/large.notice';
    let published = session.nextDiagnostics(uri);
    await session.open(uri, text);
    await published;
    await session.documentSymbols(uri);
    await session.foldingRanges(uri);
    const withDocument = residentBytes(session.pid);
    for (let version = 2; version <= 101; version++) {
      published = session.nextDiagnostics(uri, (params) => params.version === version);
      await session.change(uri, version, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '整' }]);
      await published;
    }
    const afterEdits = residentBytes(session.pid);
    return { idle, withDocument, afterEdits };
  } finally {
    session.kill();
  }
}

export interface LatencyOptions {
  /** Bursts typed first and not timed, so the server's code is compiled and optimised as in a long session. */
  warmupBursts: number;
  bursts: number;
  keystrokesPerBurst: number;
  /** The pause between keystrokes of a burst, shorter than the debounce as a typist's is. */
  keystrokeGapMs: number;
}

/**
 * Types bursts of keystrokes into the middle of `text` and measures, for
 * each burst, the time from sending its last didChange to receiving the
 * diagnostics for that version. The result includes the debounce.
 */
export async function keystrokeLatencies(text: string, options: LatencyOptions): Promise<number[]> {
  const session = await ServerSession.start({ locale: 'zh-cn' });
  try {
    const uri = 'file:///bench/draft.notice';
    const opened = session.nextDiagnostics(uri);
    await session.open(uri, text);
    await opened;
    const lines = text.split('\n');
    const line = Math.floor(lines.length / 2);
    let character = lines[line].length;
    let version = 1;
    const latencies: number[] = [];
    for (let burst = 0; burst < options.warmupBursts + options.bursts; burst++) {
      for (let key = 0; key < options.keystrokesPerBurst; key++) {
        if (key > 0) await sleep(options.keystrokeGapMs);
        version++;
        const position = { line, character };
        character++;
        const finalVersion = version;
        const published = key === options.keystrokesPerBurst - 1 ? session.nextDiagnostics(uri, (params) => params.version === finalVersion) : undefined;
        const sent = performance.now();
        await session.change(uri, version, [{ range: { start: position, end: position }, text: '改' }]);
        if (published) {
          await published;
          if (burst >= options.warmupBursts) latencies.push(performance.now() - sent);
        }
      }
      await sleep(50);
    }
    return latencies;
  } finally {
    session.kill();
  }
}
