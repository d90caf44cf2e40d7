/**
 * One configuration, read the same way by the server and the checker: the
 * `notice.*` settings of VS Code and a workspace file `.noticerc.json`, both
 * of this shape:
 *
 *   { "rules": { "<rule id>": "off" | "info" | "warning" | "error" },
 *     "phrases": ["三抓三促", { "phrase": "清廉机关", "misspellings": ["清廉机光"] }],
 *     "numberingStyles": ["一、", "（一）", "1.", "（1）"] }
 *
 * `phrases` are the options of `phrase/standard` (formulations besides the
 * built-in ones); `numberingStyles` those of `numbering/style` (the marker
 * forms accepted, one example per form). Anything malformed is left out and
 * named in a problem, in both languages; the rest still applies.
 */
import type { AnalysisOptions, RuleSetting } from './analyze';
import { localize, type Locale, type Message } from './i18n';
import { matchMarker } from './markers';
import type { MarkerFamily, MarkerStyle } from './model';
import type { AcceptedStyles } from './numbering';
import type { PhraseEntry } from './phrases';
import { RULES } from './rules';

export interface NoticeConfig {
  rules?: Record<string, RuleSetting>;
  phrases?: PhraseEntry[];
  /** Accepted marker styles by family, from the example markers given. */
  numberingStyles?: AcceptedStyles;
}

const SETTINGS: readonly string[] = ['off', 'info', 'warning', 'error'] satisfies RuleSetting[];
const KEYS = new Set(['$schema', 'rules', 'phrases', 'numberingStyles']);

const messages = {
  notObject: {
    zh: () => '配置应为一个 JSON 对象',
    en: () => 'the configuration must be a JSON object',
  },
  unknownKey: {
    zh: (a) => `未知的配置项“${a.key}”（可用：rules、phrases、numberingStyles）`,
    en: (a) => `unknown key “${a.key}” (known: rules, phrases, numberingStyles)`,
  },
  rulesNotObject: {
    zh: () => '“rules”应为对象：规则编号 → off/info/warning/error',
    en: () => '“rules” must be an object: rule id → off/info/warning/error',
  },
  unknownRule: {
    zh: (a) => `未知的规则“${a.rule}”`,
    en: (a) => `unknown rule “${a.rule}”`,
  },
  badSetting: {
    zh: (a) => `规则“${a.rule}”的设置应为 off、info、warning 或 error，实为 ${a.value}`,
    en: (a) => `the setting of “${a.rule}” must be off, info, warning or error, not ${a.value}`,
  },
  phrasesNotArray: {
    zh: () => '“phrases”应为数组：表述文字，或 { "phrase": …, "misspellings": […] }',
    en: () => '“phrases” must be an array of formulations, or of { "phrase": …, "misspellings": […] }',
  },
  badPhrase: {
    zh: (a) => `“phrases”第${a.index}项应为非空文字，或带“phrase”文字的对象`,
    en: (a) => `item ${a.index} of “phrases” must be a non-empty string, or an object with a “phrase” string`,
  },
  stylesNotArray: {
    zh: () => '“numberingStyles”应为编号样例的数组，如 ["一、", "（一）", "1."]',
    en: () => '“numberingStyles” must be an array of example markers, such as ["一、", "（一）", "1."]',
  },
  badStyle: {
    zh: (a) => `“numberingStyles”中的“${a.marker}”不是可识别的编号`,
    en: (a) => `“${a.marker}” in “numberingStyles” is not a heading marker`,
  },
} satisfies Record<string, Message>;

export interface ConfigReading {
  config: NoticeConfig;
  /** What was left out and why, in the reader's language. */
  problems: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readRules(value: unknown, problems: string[], locale: Locale): Record<string, RuleSetting> | undefined {
  if (!isObject(value)) {
    problems.push(localize(locale, messages.rulesNotObject, {}));
    return undefined;
  }
  const known = new Set(RULES.map((rule) => rule.id));
  const rules: Record<string, RuleSetting> = {};
  for (const [rule, setting] of Object.entries(value)) {
    if (!known.has(rule)) problems.push(localize(locale, messages.unknownRule, { rule }));
    else if (typeof setting !== 'string' || !SETTINGS.includes(setting)) {
      problems.push(localize(locale, messages.badSetting, { rule, value: JSON.stringify(setting) ?? String(setting) }));
    } else rules[rule] = setting as RuleSetting;
  }
  return rules;
}

function readPhrases(value: unknown, problems: string[], locale: Locale): PhraseEntry[] | undefined {
  if (!Array.isArray(value)) {
    problems.push(localize(locale, messages.phrasesNotArray, {}));
    return undefined;
  }
  const phrases: PhraseEntry[] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item === 'string' && item.trim()) {
      phrases.push({ phrase: item.trim() });
    } else if (isObject(item) && typeof item.phrase === 'string' && item.phrase.trim()) {
      const misspellings = Array.isArray(item.misspellings)
        ? item.misspellings.filter((m): m is string => typeof m === 'string' && m.trim() !== '').map((m) => m.trim())
        : [];
      phrases.push({ phrase: item.phrase.trim(), misspellings });
    } else {
      problems.push(localize(locale, messages.badPhrase, { index: index + 1 }));
    }
  });
  return phrases;
}

function readStyles(value: unknown, problems: string[], locale: Locale): NoticeConfig['numberingStyles'] {
  if (!Array.isArray(value)) {
    problems.push(localize(locale, messages.stylesNotArray, {}));
    return undefined;
  }
  const styles: Partial<Record<MarkerFamily, MarkerStyle[]>> = {};
  for (const item of value) {
    const marker = typeof item === 'string' ? item.trim() : '';
    const match = marker ? matchMarker(marker) : undefined;
    if (!match || match.start + match.length !== marker.length) {
      problems.push(localize(locale, messages.badStyle, { marker: String(item) }));
      continue;
    }
    const accepted = styles[match.family] ?? [];
    if (!accepted.includes(match.style)) accepted.push(match.style);
    styles[match.family] = accepted;
  }
  return styles;
}

/** Reads a configuration object (parsed JSON, or VS Code's `notice` section), keeping what is well-formed. */
export function readConfig(value: unknown, locale: Locale): ConfigReading {
  const problems: string[] = [];
  if (value === undefined || value === null) return { config: {}, problems };
  if (!isObject(value)) return { config: {}, problems: [localize(locale, messages.notObject, {})] };
  const config: NoticeConfig = {};
  for (const key of Object.keys(value)) {
    if (!KEYS.has(key)) problems.push(localize(locale, messages.unknownKey, { key }));
  }
  if (value.rules !== undefined) config.rules = readRules(value.rules, problems, locale);
  if (value.phrases !== undefined) config.phrases = readPhrases(value.phrases, problems, locale);
  if (value.numberingStyles !== undefined) config.numberingStyles = readStyles(value.numberingStyles, problems, locale);
  return { config, problems };
}

/**
 * Layers configurations, later ones over earlier: a rule's severity and a
 * level's accepted styles come from the last that sets them; phrases add up.
 */
export function mergeConfigs(...configs: NoticeConfig[]): NoticeConfig {
  const merged: NoticeConfig = {};
  for (const config of configs) {
    if (config.rules) merged.rules = { ...merged.rules, ...config.rules };
    if (config.phrases) merged.phrases = [...(merged.phrases ?? []), ...config.phrases];
    if (config.numberingStyles) merged.numberingStyles = { ...merged.numberingStyles, ...config.numberingStyles };
  }
  return merged;
}

export function toAnalysisOptions(config: NoticeConfig, locale: Locale): AnalysisOptions {
  return { locale, rules: config.rules, phrases: config.phrases, numberingStyles: config.numberingStyles };
}
