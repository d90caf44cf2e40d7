/**
 * The checker's configuration: `--config FILE`, or else the nearest
 * `.noticerc.json` from each checked file's folder upwards (from the working
 * folder for standard input). Each configuration file is read once; its
 * problems go to standard error once.
 */
import * as path from 'node:path';
import { toAnalysisOptions, type AnalysisOptions, type Locale } from '../core';
import { findConfigFile, readConfigFile, type ConfigFileReading } from '../config-file';

export class CheckerConfig {
  private readonly readings = new Map<string, ConfigFileReading>();
  private readonly nearest = new Map<string, string | undefined>();
  /** Whether some configuration file could not be read or parsed. */
  failed = false;

  constructor(
    private readonly locale: Locale,
    private readonly explicitFile: string | undefined,
    private readonly warn: (message: string) => void,
  ) {}

  private read(file: string): ConfigFileReading {
    let reading = this.readings.get(file);
    if (!reading) {
      reading = readConfigFile(file, this.locale);
      this.readings.set(file, reading);
      reading.problems.forEach(this.warn);
      this.failed ||= reading.failed;
    }
    return reading;
  }

  private fileFor(input: string): string | undefined {
    if (this.explicitFile) return this.explicitFile;
    const directory = input === '-' ? process.cwd() : path.dirname(path.resolve(input));
    if (!this.nearest.has(directory)) this.nearest.set(directory, findConfigFile(directory));
    return this.nearest.get(directory);
  }

  /** The analysis options for the file named `input` (`-` for standard input). */
  optionsFor(input: string): AnalysisOptions {
    const file = this.fileFor(input);
    return toAnalysisOptions(file ? this.read(file).config : {}, this.locale);
  }
}
