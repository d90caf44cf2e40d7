/**
 * User-facing text in Chinese and English. Each rule keeps its own messages
 * beside its logic; this module only picks the language. The server takes
 * the locale from the client, the checker from `--locale` or the environment.
 */
import type { PartKind } from './model';

export type Locale = 'zh' | 'en';

/** `zh-cn`, `zh_CN.UTF-8`, `zh-tw` … are Chinese; anything else is English. */
export function toLocale(tag: string | undefined): Locale {
  return tag && /^zh(?:$|[-_.])/i.test(tag) ? 'zh' : 'en';
}

export type MessageArgs = Record<string, string | number>;

/** One message in both languages. */
export type Message<A extends MessageArgs = MessageArgs> = Record<Locale, (args: A) => string>;

export function localize<A extends MessageArgs>(locale: Locale, text: Message<A>, args: A): string {
  return text[locale](args);
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
