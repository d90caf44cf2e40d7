/**
 * When to analyse a document and when to publish its diagnostics. They go
 * out once the typist has paused for VALIDATION_DELAY_MS, so findings do not
 * flicker while typing; the analysis starts ahead of that moment, by about
 * as long as the document's last analysis took, so that it is ready when the
 * pause is long enough. It never starts before half the pause, so a very
 * long document is not analysed at every keystroke of a burst, which would
 * keep the server too busy to answer completion. A change meanwhile cancels
 * both. Kept apart from the server's wiring so the benchmark can read the
 * delay it subtracts.
 */

/** Long enough that a burst of keystrokes is analysed once, short enough to feel immediate. */
export const VALIDATION_DELAY_MS = 150;

/** The analysis starts at most this long before publication, half the pause (see above). */
export const MAX_ANALYSIS_LEAD_MS = VALIDATION_DELAY_MS / 2;
/** Slack on top of the expected analysis time: timers fire late, analyses vary. */
const LEAD_MARGIN_MS = 10;
const LEAD_FACTOR = 1.5;

/** Analyses a document's current text; resolves to a function that publishes the result, or nothing to publish. */
export type Analyse = (uri: string) => Promise<(() => void) | undefined>;

export class ValidationScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** A new number at every change, so an analysis that finishes after a later change publishes nothing. */
  private readonly generations = new Map<string, number>();
  private lastGeneration = 0;
  private readonly analysisMs = new Map<string, number>();

  constructor(
    private readonly analyse: Analyse,
    private readonly onError: (uri: string, error: unknown) => void,
  ) {}

  /** The document changed (or its settings did): analyse it ahead of the pause, publish at its end. */
  changed(uri: string): void {
    this.cancel(uri);
    const generation = ++this.lastGeneration;
    this.generations.set(uri, generation);
    const publishAt = performance.now() + VALIDATION_DELAY_MS;
    const lead = Math.min(MAX_ANALYSIS_LEAD_MS, LEAD_MARGIN_MS + LEAD_FACTOR * (this.analysisMs.get(uri) ?? 0));
    this.setTimer(uri, VALIDATION_DELAY_MS - lead, () => {
      this.analyse(uri).then(
        (publish) => {
          if (!publish || this.generations.get(uri) !== generation) return;
          this.setTimer(uri, publishAt - performance.now(), publish);
        },
        (error: unknown) => this.onError(uri, error),
      );
    });
  }

  /** How long an analysis of the document took, whoever asked for it. */
  analysed(uri: string, ms: number): void {
    this.analysisMs.set(uri, ms);
  }

  /** The document closed: nothing more for it. */
  forget(uri: string): void {
    this.cancel(uri);
    this.generations.delete(uri);
    this.analysisMs.delete(uri);
  }

  private cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }

  private setTimer(uri: string, delayMs: number, task: () => void): void {
    this.timers.set(
      uri,
      setTimeout(
        () => {
          this.timers.delete(uri);
          task();
        },
        Math.max(0, delayMs),
      ),
    );
  }
}
