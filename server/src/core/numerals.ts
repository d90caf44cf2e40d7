/** Chinese numerals (一 … 九百九十九) and circled numbers (① … ㊿), both ways. */

const DIGITS = '〇一二三四五六七八九';
/** The value of each digit 一 … 九 by character code; 0 for any other character. */
const DIGIT_VALUES = new Uint8Array(0x10000);
for (let digit = 1; digit < DIGITS.length; digit++) DIGIT_VALUES[DIGITS.charCodeAt(digit)] = digit;
const ZERO = 0x96f6; // 零
const CIRCLE_ZERO = 0x3007; // 〇
const TEN = 0x5341; // 十
const HUNDRED = 0x767e; // 百

/**
 * Parses 一, 十, 十一, 二十, 二十三, 一百零五 … up to 九百九十九; NaN when not
 * a numeral. Read by character code: headings and items are many.
 */
export function parseChineseNumeral(text: string): number {
  if (text.length === 0 || text.length > 6) return NaN;
  let total = 0;
  let pending = -1; // a digit waiting for its unit
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === ZERO || code === CIRCLE_ZERO) {
      if (pending >= 0) return NaN;
      continue;
    }
    const digit = DIGIT_VALUES[code];
    if (digit > 0) {
      if (pending >= 0) return NaN;
      pending = digit;
      continue;
    }
    const unit = code === TEN ? 10 : code === HUNDRED ? 100 : 0;
    if (unit === 0) return NaN;
    total += (pending < 0 ? 1 : pending) * unit;
    pending = -1;
  }
  if (pending >= 0) total += pending;
  return total > 0 ? total : NaN;
}

/** Writes n (1 … 999) as a Chinese numeral the way headings do: 十一, 二十, 一百零五. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n > 999) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = '';
  if (hundreds) out += DIGITS[hundreds] + '百';
  if (tens) out += (tens === 1 && !hundreds ? '' : DIGITS[tens]) + '十';
  else if (hundreds && ones) out += '零';
  if (ones) out += DIGITS[ones];
  return out;
}

// Circled numbers live in three Unicode blocks: ①–⑳, ㉑–㉟, ㊱–㊿.
const CIRCLED_BLOCKS: ReadonlyArray<readonly [first: number, from: number, to: number]> = [
  [0x2460, 1, 20],
  [0x3251, 21, 35],
  [0x32b1, 36, 50],
];

export const CIRCLED_CLASS = '\u2460-\u2473\u3251-\u325f\u32b1-\u32bf';

export function parseCircled(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  for (const [first, from, to] of CIRCLED_BLOCKS) {
    if (code >= first && code <= first + (to - from)) return from + code - first;
  }
  return NaN;
}

export function toCircled(n: number): string {
  for (const [first, from, to] of CIRCLED_BLOCKS) {
    if (n >= from && n <= to) return String.fromCodePoint(first + n - from);
  }
  return `(${n})`;
}
