/**
 * The server's timing of analysis and publication, on a fake clock: the
 * analysis runs ahead of the pause by as long as the last one took (at most
 * half the pause), publication waits for the pause, and a change cancels
 * whatever is under way.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ANALYSIS_LEAD_MS, VALIDATION_DELAY_MS, ValidationScheduler } from '../../server/src/validation-scheduler';

describe('ValidationScheduler', () => {
  let events: string[];
  /** Analyses resolve when the test says so, as a slow analysis would. */
  let pending: Array<() => void>;
  let scheduler: ValidationScheduler;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    events = [];
    pending = [];
    scheduler = new ValidationScheduler(
      (uri) =>
        new Promise((resolve) => {
          events.push(`analyse ${uri} at ${performance.now()}`);
          pending.push(() => resolve(() => events.push(`publish ${uri} at ${performance.now()}`)));
        }),
      (uri, error) => events.push(`error ${uri}: ${String(error)}`),
    );
  });

  afterEach(() => vi.useRealTimers());

  async function finishAnalyses(): Promise<void> {
    pending.splice(0).forEach((finish) => finish());
    await vi.advanceTimersByTimeAsync(0);
  }

  it('with no analysis timed yet, analyses shortly before the pause ends and publishes when it ends', async () => {
    scheduler.changed('a');
    await vi.advanceTimersByTimeAsync(VALIDATION_DELAY_MS - 10);
    await finishAnalyses();
    await vi.advanceTimersByTimeAsync(10);
    expect(events).toEqual([`analyse a at ${VALIDATION_DELAY_MS - 10}`, `publish a at ${VALIDATION_DELAY_MS}`]);
  });

  it('starts as far ahead as the last analysis took, with slack, but never more than half the pause', async () => {
    scheduler.analysed('a', 20);
    scheduler.changed('a');
    await vi.advanceTimersByTimeAsync(VALIDATION_DELAY_MS);
    scheduler.analysed('b', 10_000);
    scheduler.changed('b');
    await vi.advanceTimersByTimeAsync(VALIDATION_DELAY_MS);
    expect(events).toEqual([
      `analyse a at ${VALIDATION_DELAY_MS - 40}`,
      `analyse b at ${2 * VALIDATION_DELAY_MS - MAX_ANALYSIS_LEAD_MS}`,
    ]);
  });

  it('publishes at once when the analysis ends after the pause', async () => {
    scheduler.changed('a');
    await vi.advanceTimersByTimeAsync(VALIDATION_DELAY_MS + 100);
    await finishAnalyses();
    expect(events).toEqual([`analyse a at ${VALIDATION_DELAY_MS - 10}`, `publish a at ${VALIDATION_DELAY_MS + 100}`]);
  });

  it('analyses a burst of changes once, after the last', async () => {
    for (let i = 0; i < 5; i++) {
      if (i > 0) await vi.advanceTimersByTimeAsync(40);
      scheduler.changed('a');
    }
    await vi.advanceTimersByTimeAsync(VALIDATION_DELAY_MS - 10);
    await finishAnalyses();
    await vi.advanceTimersByTimeAsync(VALIDATION_DELAY_MS);
    expect(events).toEqual([`analyse a at ${160 + VALIDATION_DELAY_MS - 10}`, `publish a at ${160 + VALIDATION_DELAY_MS}`]);
  });

  it('publishes nothing from an analysis overtaken by a change, nor after the document is forgotten', async () => {
    scheduler.changed('a');
    await vi.advanceTimersByTimeAsync(VALIDATION_DELAY_MS - 10);
    scheduler.changed('a');
    await finishAnalyses();
    await vi.advanceTimersByTimeAsync(VALIDATION_DELAY_MS);
    scheduler.forget('a');
    await finishAnalyses();
    await vi.advanceTimersByTimeAsync(VALIDATION_DELAY_MS);
    expect(events).toEqual([`analyse a at ${VALIDATION_DELAY_MS - 10}`, `analyse a at ${2 * VALIDATION_DELAY_MS - 20}`]);
  });

  it('keeps documents apart', async () => {
    scheduler.changed('a');
    scheduler.changed('b');
    await vi.advanceTimersByTimeAsync(VALIDATION_DELAY_MS - 10);
    await finishAnalyses();
    await vi.advanceTimersByTimeAsync(10);
    expect(events.filter((event) => event.startsWith('publish')).sort()).toEqual([
      `publish a at ${VALIDATION_DELAY_MS}`,
      `publish b at ${VALIDATION_DELAY_MS}`,
    ]);
  });
});
