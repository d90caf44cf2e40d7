/** The analysis core's public surface. Nothing here imports `vscode` or the LSP connection. */
export { analyze, type Analysis, type AnalysisOptions, type RuleSetting } from './analyze';
export { parse, splitLines } from './parser';
export { RULES } from './rules';
export { toLocale, localize, type Locale, type Message } from './i18n';
export * from './model';
export { fixAll, fixAllEdits } from './fix-all';
export { applyEdits } from './text-edits';
export { mergeConfigs, readConfig, toAnalysisOptions, type ConfigReading, type NoticeConfig } from './config';
