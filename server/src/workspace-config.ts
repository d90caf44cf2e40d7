/**
 * The server's configuration of a document: the `notice.*` settings VS Code
 * sends, with the nearest `.noticerc.json` above the document laid over
 * them, so the editor and the checker agree on a workspace's rules. Files
 * are read once until the client reports a change to one of them.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeConfigs, readConfig, toAnalysisOptions, type AnalysisOptions, type Locale } from './core';
import { findConfigFile, readConfigFile, type ConfigFileReading } from './config-file';

/** The `notice.*` settings as a client sends them; unchecked until read. */
export interface NoticeSettings {
  rules?: unknown;
  phrases?: unknown;
  numberingStyles?: unknown;
  locale?: unknown;
}

export class WorkspaceConfig {
  private readonly nearest = new Map<string, string | undefined>();
  private readonly readings = new Map<string, ConfigFileReading>();

  constructor(private readonly warn: (message: string) => void) {}

  /** Forgets every file read: one was created, changed or deleted. */
  clear(): void {
    this.nearest.clear();
    this.readings.clear();
  }

  private fileReading(uri: string, locale: Locale): ConfigFileReading | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let directory: string;
    try {
      directory = path.dirname(fileURLToPath(uri));
    } catch {
      return undefined;
    }
    if (!this.nearest.has(directory)) this.nearest.set(directory, findConfigFile(directory));
    const file = this.nearest.get(directory);
    if (!file) return undefined;
    let reading = this.readings.get(file);
    if (!reading) {
      reading = readConfigFile(file, locale);
      this.readings.set(file, reading);
      reading.problems.forEach(this.warn);
    }
    return reading;
  }

  /** The analysis options of the document at `uri` under `settings`; `notice.locale: auto` means `clientLocale`. */
  optionsFor(uri: string, settings: NoticeSettings | undefined, clientLocale: Locale): AnalysisOptions {
    const locale = settings?.locale === 'zh' || settings?.locale === 'en' ? settings.locale : clientLocale;
    const fromSettings = readConfig({ rules: settings?.rules, phrases: settings?.phrases, numberingStyles: settings?.numberingStyles }, locale);
    fromSettings.problems.forEach((problem) => this.warn(`notice.*: ${problem}`));
    const fromFile = this.fileReading(uri, locale);
    return toAnalysisOptions(mergeConfigs(fromSettings.config, fromFile?.config ?? {}), locale);
  }
}
