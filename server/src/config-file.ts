/**
 * Finding and reading `.noticerc.json`, for the server and the checker
 * alike: the nearest one from a file's folder upwards.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readConfig, type ConfigReading } from './core/config';
import { localize, type Locale, type Message } from './core/i18n';

const CONFIG_FILE_NAME = '.noticerc.json';

const messages = {
  unreadable: {
    zh: (a) => `无法读取配置文件 ${a.file}：${a.reason}`,
    en: (a) => `cannot read the configuration file ${a.file}: ${a.reason}`,
  },
  invalidJson: {
    zh: (a) => `配置文件 ${a.file} 不是有效的 JSON：${a.reason}`,
    en: (a) => `the configuration file ${a.file} is not valid JSON: ${a.reason}`,
  },
  problem: {
    zh: (a) => `${a.file}：${a.problem}`,
    en: (a) => `${a.file}: ${a.problem}`,
  },
} satisfies Record<string, Message>;

/** The nearest `.noticerc.json` in `directory` or above it, if any. */
export function findConfigFile(directory: string): string | undefined {
  let current = path.resolve(directory);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // No such file here: look further up.
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

export interface ConfigFileReading extends ConfigReading {
  /** True when the file could not be read or parsed at all: nothing in it applies. */
  failed: boolean;
}

/** Reads and checks a configuration file; each problem names the file. */
export function readConfigFile(file: string, locale: Locale): ConfigFileReading {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { config: {}, problems: [localize(locale, messages.unreadable, { file, reason })], failed: true };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return { config: {}, problems: [localize(locale, messages.invalidJson, { file, reason: (error as Error).message })], failed: true };
  }
  const { config, problems } = readConfig(value, locale);
  return { config, problems: problems.map((problem) => localize(locale, messages.problem, { file, problem })), failed: false };
}
