/**
 * One file's whole turn in the checker: read, fix if asked, analyse. The
 * outcome carries everything the run prints or counts for that file, so that
 * files checked on other threads are reported exactly as the main thread
 * would have reported them, in the same order.
 */
import { analyze, type Locale } from '../core';
import { CheckerConfig } from './config';
import { fixInput, type FixMode } from './fix-files';
import { readInput } from './read-input';
import { toFileReport, type FileReport } from './report';

/** What every file is checked with: the same on every thread. */
export interface CheckRequest {
  locale: Locale;
  fix: FixMode | undefined;
  /** `--config`, when given. */
  configFile: string | undefined;
}

export interface FileOutcome {
  /** Problems with configuration files met for the first time on this file's thread, in the order met. */
  configProblems: string[];
  configFailed: boolean;
  /** Why the file could not be read, or its fix written: one line for standard error. */
  error?: string;
  unreadable: boolean;
  unwritten: boolean;
  fixed: boolean;
  /** With `--dry-run`: the diff, when the fix would change the file. */
  diff?: string;
  /** The findings, unless the file was not read or only a diff was asked for. */
  report?: FileReport;
}

/** Checks files one after the other on the calling thread; each thread has its own. */
export class FileChecker {
  private configProblems: string[] = [];
  private readonly config: CheckerConfig;

  constructor(private readonly request: CheckRequest) {
    this.config = new CheckerConfig(request.locale, request.configFile, (problem) => this.configProblems.push(problem));
  }

  check(file: string): FileOutcome {
    const outcome: FileOutcome = { configProblems: [], configFailed: false, unreadable: false, unwritten: false, fixed: false };
    this.configProblems = outcome.configProblems;
    const input = readInput(file, this.request.locale);
    if ('error' in input) {
      outcome.error = `${input.name}: ${input.error}`;
      outcome.unreadable = true;
      return outcome;
    }
    const options = this.config.optionsFor(file);
    outcome.configFailed = this.config.failed;
    let text = input.text;
    if (this.request.fix) {
      const fixed = fixInput(input, this.request.fix, options);
      if ('error' in fixed) {
        outcome.error = `${input.name}: ${fixed.error}`;
        outcome.unwritten = true;
        return outcome;
      }
      outcome.fixed = fixed.changed;
      if (this.request.fix === 'diff') {
        outcome.diff = fixed.diff;
        return outcome;
      }
      text = fixed.text;
    }
    outcome.report = toFileReport(input.name, analyze(text, options));
    return outcome;
  }
}
