/**
 * `contact/format`: in the contact part, a phone number that is not a
 * landline with its area code, a mobile number or a short hotline (`12388`);
 * a postcode that is not six digits; a malformed e-mail address; or no
 * channel at all. Phone numbers are judged with libphonenumber's metadata for
 * China, which knows each area code's number length.
 */
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { paragraphBreaks } from '../broken-paragraphs';
import { localize, type Locale, type Message } from '../i18n';
import { EMAIL_SOURCE, literalSpans, spanCursor } from '../literals';
import type { Range } from '../model';
import { contentEnd } from '../text';
import type { Rule, RuleReport } from './rule';

const messages = {
  phone: {
    zh: (a) => `电话号码格式有误：“${a.number}”（固定电话为区号加7至8位号码，手机号码为11位）`,
    en: (a) => `Malformed phone number “${a.number}”: a landline is an area code and a 7–8 digit number, a mobile number has 11 digits`,
  },
  areaCode: {
    zh: (a) => `固定电话“${a.number}”缺少区号`,
    en: (a) => `The landline “${a.number}” has no area code`,
  },
  postcode: {
    zh: (a) => `邮政编码应为6位数字，此处为“${a.code}”`,
    en: (a) => `A postcode has six digits; found “${a.code}”`,
  },
  email: {
    zh: (a) => `电子邮箱格式有误：“${a.address}”`,
    en: (a) => `Malformed e-mail address “${a.address}”`,
  },
  noAtSign: {
    zh: (a) => `电子邮箱格式有误：“${a.address}”缺少“@”`,
    en: (a) => `Malformed e-mail address “${a.address}”: it has no “@”`,
  },
  fixEmail: {
    zh: (a) => `改为“${a.address}”`,
    en: (a) => `Change to “${a.address}”`,
  },
  noChannel: {
    zh: () => '联系方式部分未给出任何联系渠道（电话、电子邮箱、通信地址或网址）',
    en: () => 'The contact part gives no channel: no phone number, e-mail address, postal address or website',
  },
} satisfies Record<string, Message>;

/** A run of digits with the separators phone numbers are written with; at least two digits. Times (`8:30-17:30`) are none. */
const NUMBER = /(?<![0-9０-９A-Za-z@.＠]|[0-9０-９][:：])\+?[0-9０-９][0-9０-９\-－—()（）\s]*[0-9０-９](?![0-9０-９A-Za-z@＠]|[:：][0-9０-９])/g;
/** What stands before an extension (`转8001`, `分机 8001`), which is no number of its own. */
const EXTENSION_BEFORE = /(?:转|分机)\s*$/;
/** A landline's area code and number apart, for the numbers after it that share the code (`0530-5123456、5123457`). */
const LANDLINE = /^[(（]?(0\d{2,3})[)）]?[\s\-－—]*\d{7,8}$/;
const OPENING_BRACKETS = '(（';
/** A landline's number without its area code. */
const LOCAL_NUMBER = /^[2-9]\d{6,7}$/;
/** What joins two numbers listed together. */
const LIST_JOINS = /^\s*[、/／]\s*$/;
/** What follows a number that is part of an address, a date or a count, not a phone number (tried where the number ends). */
const NOT_A_PHONE_AFTER = /\s*[号室楼层栋单年月日元万件个次项条期届]/y;
const PHONE_LABEL = /电话|热线|手机|传真|座机|tel|phone/i;
const POSTCODE_LABEL = /邮编|邮政编码/;
const EMAIL_LABEL = /邮箱|电子信箱|e-?mail/i;
/** Clauses end at these; a label governs the numbers up to the next one (`电话：…、…`). */
const CLAUSE_END = /[，。；,;]/;
/**
 * A written-out e-mail address: the address characters around an `@` (or a
 * full-width `＠`). It starts only where a run of them starts, so a long run
 * without `@` is tried once.
 */
const AT_SIGN_TOKEN = /(?<![A-Za-z0-9._%+\-@＠．])[A-Za-z0-9._%+\-．]*[@＠][A-Za-z0-9._%+\-．@＠]*/g;
const EMAIL = new RegExp(`^${EMAIL_SOURCE}$`);
/** An address given after an e-mail label with no `@` in it (`电子邮箱：mzjdgw163.com`). */
const LABELLED_WITHOUT_AT = /(?:电子邮箱|电子信箱|邮箱|e-?mail)\s*[：:]\s*([A-Za-z0-9._%+\-]+\.[A-Za-z]{2,}(?![A-Za-z0-9._%+\-@＠]))/gi;
/** What tells a reader how to reach the office besides phone and e-mail. */
const OTHER_CHANNEL = /信箱|地址|来信|来访|网址|网站|平台|二维码|公众号|https?:\/\/|www\./i;
/** Short numbers: 110-style and 12388-style hotlines, 95xxx service numbers. */
const HOTLINE = /^(?:1\d{2,4}|9[56]\d{3,4})$/;

function digitsOf(text: string): string {
  return text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/[^0-9+]/g, '');
}

type Label = 'phone' | 'postcode' | 'email' | undefined;

/**
 * The label governing each number, numbers asked for in order: the last
 * label written since the clause began (`电话：…、…` labels every number up
 * to the next comma). Each stretch of text is read once.
 */
function labelReader(text: string): (start: number, end: number) => Label {
  let scanned = 0;
  let label: Label;
  return (start, end) => {
    let from = scanned;
    for (let i = scanned; i < start; i++) {
      if (CLAUSE_END.test(text[i])) {
        label = undefined;
        from = i + 1;
      }
    }
    const between = text.slice(from, start);
    if (POSTCODE_LABEL.test(between)) label = 'postcode';
    else if (EMAIL_LABEL.test(between)) label = 'email';
    else if (PHONE_LABEL.test(between)) label = 'phone';
    scanned = end;
    return label;
  };
}

type Verdict = 'ok' | 'phone' | 'areaCode';

/** Verdicts so far: libphonenumber parses each number from scratch, and a draft's numbers recur at every keystroke. */
const verdicts = new Map<string, Verdict>();
const MAX_VERDICTS = 512;

function judgePhone(written: string): Verdict {
  let verdict = verdicts.get(written);
  if (verdict === undefined) {
    verdict = judgeAfresh(written);
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(written, verdict);
  }
  return verdict;
}

function judgeAfresh(written: string): Verdict {
  const digits = digitsOf(written);
  if (HOTLINE.test(digits)) return 'ok';
  // An extension after a landline: `0531-12345678-8001`.
  const extension = /^(.*\d)[-－—]\d{1,6}$/.exec(written.trim());
  if (isValidPhoneNumber(digits, 'CN') || (extension && isValidPhoneNumber(digitsOf(extension[1]), 'CN'))) return 'ok';
  // The discipline hotline under a local area code: `0530-12388`.
  const local = /^[(（]?0\d{2,3}[)）]?[\s\-－—]*(\d+)$/.exec(written.trim());
  if (local && HOTLINE.test(local[1])) return 'ok';
  // Two numbers a space apart: `0530-5123456 13812345678`.
  const pieces = written.trim().split(/\s+/);
  if (pieces.length > 1 && pieces.every((piece) => judgePhone(piece) === 'ok')) return 'ok';
  if (LOCAL_NUMBER.test(digits)) return 'areaCode';
  return 'phone';
}

function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

interface LineReport {
  reports: RuleReport[];
  hasChannel: boolean;
}

function checkLine(locale: Locale, line: number, text: string): LineReport {
  const reports: RuleReport[] = [];
  let hasChannel = OTHER_CHANNEL.test(text);
  // Phone numbers are literals to the punctuation rules, not to this one.
  const inLiteral = spanCursor(literalSpans(text).filter((span) => text[span.start] !== '('));
  const labelOf = labelReader(text);
  AT_SIGN_TOKEN.lastIndex = 0;
  for (let m = AT_SIGN_TOKEN.exec(text); m; m = AT_SIGN_TOKEN.exec(text)) {
    const address = m[0].replace(/\.$/, '');
    if (!address) continue;
    hasChannel = true;
    if (EMAIL.test(address)) continue;
    const repaired = address.replace(/＠/g, '@').replace(/．/g, '.');
    const range = lineRange(line, m.index, m.index + address.length);
    reports.push({
      range,
      message: localize(locale, messages.email, { address }),
      fixes: EMAIL.test(repaired) ? [{ title: localize(locale, messages.fixEmail, { address: repaired }), edits: [{ range, newText: repaired }] }] : undefined,
    });
  }
  if (EMAIL_LABEL.test(text)) {
    LABELLED_WITHOUT_AT.lastIndex = 0;
    for (let m = LABELLED_WITHOUT_AT.exec(text); m; m = LABELLED_WITHOUT_AT.exec(text)) {
      hasChannel = true;
      const address = m[1];
      const start = m.index + m[0].length - address.length;
      reports.push({ range: lineRange(line, start, start + address.length), message: localize(locale, messages.noAtSign, { address }) });
    }
  }
  // The area code of the landline just read, and where it ended, for a number listed after it without one.
  let areaCode = '';
  let landlineEnd = -1;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const matched = m[0].replace(/[\s(（]+$/, '');
    // An area code in brackets (`(0530)5123456`) is read, and reported, with its opening bracket.
    const opensBracket = OPENING_BRACKETS.includes(text[m.index - 1]) && /[)）]/.test(matched);
    const written = opensBracket ? text[m.index - 1] + matched : matched;
    const start = opensBracket ? m.index - 1 : m.index;
    const end = start + written.length;
    if (inLiteral(start) || EXTENSION_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    NOT_A_PHONE_AFTER.lastIndex = end;
    if (NOT_A_PHONE_AFTER.test(text)) continue;
    const label = labelOf(start, end);
    const digits = digitsOf(written);
    if (label === 'postcode') {
      hasChannel = true;
      if (!/^\d{6}$/.test(digits)) reports.push({ range: lineRange(line, start, end), message: localize(locale, messages.postcode, { code: written }) });
      continue;
    }
    const isPhone = label === 'phone' || digits.length >= 7;
    if (!isPhone || label === 'email') continue;
    hasChannel = true;
    const sharesAreaCode = areaCode !== '' && LOCAL_NUMBER.test(digits) && LIST_JOINS.test(text.slice(landlineEnd, start));
    const verdict = judgePhone(sharesAreaCode ? `${areaCode}-${written}` : written);
    const landline = LANDLINE.exec(written.trim());
    if (landline) [areaCode, landlineEnd] = [landline[1], end];
    else if (sharesAreaCode) landlineEnd = end;
    else areaCode = '';
    if (verdict !== 'ok') {
      reports.push({
        range: lineRange(line, start, end),
        message: localize(locale, verdict === 'areaCode' ? messages.areaCode : messages.phone, { number: written }),
      });
    }
  }
  return { reports, hasChannel };
}

export const contactFormat: Rule = {
  id: 'contact/format',
  defaultSeverity: 'warning',
  check(doc, { locale }) {
    const part = doc.parts.contact;
    if (!part) return [];
    const reports: RuleReport[] = [];
    const breaks = paragraphBreaks(doc);
    let hasChannel = false;
    let cutBefore = false;
    for (const paragraph of doc.paragraphs) {
      if (paragraph.line < part.range.start.line || paragraph.line > part.range.end.line) continue;
      const checked = checkLine(locale, paragraph.line, paragraph.text);
      // A number or address a break cuts (`0538-822` / `4567`) is the break's finding, not a malformed one: its two pieces go unreported.
      const cutAfter = breaks.has(paragraph.line);
      const start = cutBefore ? paragraph.range.start.character : -1;
      const end = cutAfter ? contentEnd(paragraph.text) : -1;
      for (const report of checked.reports) {
        if (report.range.start.character !== start && report.range.end.character !== end) reports.push(report);
      }
      cutBefore = cutAfter;
      hasChannel ||= checked.hasChannel;
    }
    if (!hasChannel) {
      const line = part.range.start.line;
      reports.push({
        range: part.heading?.titleRange ?? lineRange(line, part.range.start.character, doc.lines[line].length),
        message: localize(locale, messages.noChannel, {}),
      });
    }
    return reports;
  },
};
