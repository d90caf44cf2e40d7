/** Building blocks for the repairs rules attach to their findings. */
import { localize, type Locale, type Message } from './i18n';
import type { Fix, Range } from './model';

const replaceTitle: Message<{ found: string; replacement: string }> = {
  zh: (a) => `将“${a.found}”改为“${a.replacement}”`,
  en: (a) => `Change “${a.found}” to “${a.replacement}”`,
};

/** Replaces the text at `range` (which reads `found`) with `replacement`. */
export function replaceFix(locale: Locale, range: Range, found: string, replacement: string): Fix {
  return { title: localize(locale, replaceTitle, { found, replacement }), edits: [{ range, newText: replacement }] };
}
