/**
 * `phrase/standard`: a standard formulation misspelt (`未位表态` for
 * 末位表态), from the built-in list and the user's, and one thing written two
 * ways in one document where one way is the slip (`团练作家` beside
 * 团结作家, `钱同志` beside 钱小芊同志). Each finding offers the right form.
 */
import { replaceFix } from '../fixes';
import { localize, type Message } from '../i18n';
import type { Range } from '../model';
import { findPhraseSlips } from '../phrases';
import { findSpellingVariants } from '../spelling-variants';
import { proseLines } from '../text';
import type { Rule, RuleReport } from './rule';

const messages = {
  slip: {
    zh: (a) => `规范表述为“${a.right}”，此处写作“${a.written}”`,
    en: (a) => `The standard wording is “${a.right}”; written here as “${a.written}”`,
  },
  slipSpeltRightElsewhere: {
    zh: (a) => `规范表述为“${a.right}”（第${a.line}行即如此），此处写作“${a.written}”`,
    en: (a) => `The standard wording is “${a.right}” (as on line ${a.line}); written here as “${a.written}”`,
  },
  variant: {
    zh: (a) => `“${a.written}”疑为“${a.right}”之误：第${a.line}行写作“${a.right}”`,
    en: (a) => `“${a.written}” looks like a slip for “${a.right}”, as written on line ${a.line}`,
  },
  name: {
    zh: (a) => `称谓前后不一：此处写作“${a.written}”，第${a.line}行写作“${a.right}”`,
    en: (a) => `The same person named two ways: “${a.written}” here, “${a.right}” on line ${a.line}`,
  },
} satisfies Record<string, Message>;

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export const phraseStandard: Rule = {
  id: 'phrase/standard',
  defaultSeverity: 'warning',
  check(doc, { locale, phrases }) {
    const lines = proseLines(doc);
    const reports: RuleReport[] = [];
    const spelledRightOn = new Map<string, number | undefined>();
    const lineSpellingRight = (phrase: string) => {
      if (!spelledRightOn.has(phrase)) spelledRightOn.set(phrase, lines.find((other) => doc.lines[other].includes(phrase)));
      return spelledRightOn.get(phrase);
    };
    for (const line of lines) {
      const lineStart = doc.lineOffsets[line];
      for (const slip of findPhraseSlips(doc.text, phrases, lineStart, lineStart + doc.lines[line].length)) {
        const written = doc.text.slice(slip.start, slip.end);
        const where = range(line, slip.start - lineStart, slip.end - lineStart);
        const elsewhere = lineSpellingRight(slip.phrase);
        reports.push({
          range: where,
          message:
            elsewhere === undefined
              ? localize(locale, messages.slip, { right: slip.phrase, written })
              : localize(locale, messages.slipSpeltRightElsewhere, { right: slip.phrase, written, line: elsewhere + 1 }),
          fixes: [replaceFix(locale, where, written, slip.phrase)],
        });
      }
    }
    for (const variant of findSpellingVariants(doc)) {
      const where = range(variant.line, variant.start, variant.end);
      reports.push({
        range: where,
        message: localize(locale, variant.kind === 'name' ? messages.name : messages.variant, {
          written: variant.written,
          right: variant.right,
          line: variant.rightLine + 1,
        }),
        fixes: [replaceFix(locale, where, variant.written, variant.right)],
      });
    }
    return reports;
  },
};
