/**
 * The core's user-facing text in Chinese and English. Rules ask for a message
 * by key; the server picks the locale from the client, the checker from
 * `--locale` or the environment.
 */
import type { PartKind } from './model';

export type Locale = 'zh' | 'en';

/** `zh-cn`, `zh_CN.UTF-8`, `zh-tw` … are Chinese; anything else is English. */
export function toLocale(tag: string | undefined): Locale {
  return tag && /^zh\b|^zh[-_]/i.test(tag) ? 'zh' : 'en';
}

type Args = Record<string, string | number>;
type Template = (a: Args) => string;

const catalogue = {
  'sequence.expected': {
    zh: (a) => `编号应为“${a.expected}”，实为“${a.found}”`,
    en: (a) => `Numbering: expected “${a.expected}”, found “${a.found}”`,
  },
  'sequence.mixedScheme': {
    zh: (a) =>
      `编号方式不一致：本文档此级${a.scheme === 'restart' ? '在每个上级标题下重新编号' : '跨上级标题连续编号'}，应为“${a.expected}”，实为“${a.found}”`,
    en: (a) =>
      `Numbering scheme mixed: this document ${a.scheme === 'restart' ? 'restarts this level under each parent' : 'numbers this level continuously across parents'}; expected “${a.expected}”, found “${a.found}”`,
  },
  'inline.expected': {
    zh: (a) => `列举编号应为“${a.expected}”，实为“${a.found}”`,
    en: (a) => `Enumeration: expected “${a.expected}”, found “${a.found}”`,
  },
  'style.expected': {
    zh: (a) => `编号样式不一致：本文档此级用“${a.expected}”，实为“${a.found}”`,
    en: (a) => `Marker style: this document writes this level as “${a.expected}”, found “${a.found}”`,
  },
  'hierarchy.skipped': {
    zh: (a) => `层级跳跃：“${a.parent}”之下应为“${a.expected}”一级，实为“${a.found}”`,
    en: (a) => `Level skipped: under “${a.parent}” expected a “${a.expected}” level, found “${a.found}”`,
  },
  'hierarchy.noParent': {
    zh: (a) => `层级跳跃：应先有“${a.expected}”一级标题，实为“${a.found}”`,
    en: (a) => `Level skipped: expected a “${a.expected}” heading first, found “${a.found}”`,
  },
  'section.missing': {
    zh: (a) => `缺少必备部分：${a.part}`,
    en: (a) => `Required part missing: ${a.part}`,
  },
  'section.order': {
    zh: (a) => `部分顺序不当：“${a.part}”应在“${a.before}”之后`,
    en: (a) => `Parts out of order: “${a.part}” should come after “${a.before}”`,
  },
  'title.missing': {
    zh: () => '缺少标题：应有“关于……整改进展情况的通报”形式的标题',
    en: () => 'No title: expected a title of the form “关于……整改进展情况的通报”',
  },
  'title.form': {
    zh: (a) => `标题应为“关于……的通报”形式，实为“${a.found}”`,
    en: (a) => `Title should read “关于……的通报”, found “${a.found}”`,
  },
} satisfies Record<string, Record<Locale, Template>>;

export type MessageKey = keyof typeof catalogue;

export function message(locale: Locale, key: MessageKey, args: Args = {}): string {
  return catalogue[key][locale](args);
}

const PART_NAMES: Record<PartKind, Record<Locale, string>> = {
  situation: { zh: '整改工作基本情况', en: 'situation of the rectification work' },
  rectification: { zh: '反馈意见逐条整改落实情况', en: 'item-by-item rectification of the feedback' },
  petitions: { zh: '移交问题线索和信访件办理情况', en: 'handling of transferred clues and petitions' },
  nextSteps: { zh: '下一步工作打算', en: 'next steps' },
  contact: { zh: '联系方式（接受监督的渠道）', en: 'contact information for public feedback' },
};

export function partName(locale: Locale, kind: PartKind): string {
  return PART_NAMES[kind][locale];
}
