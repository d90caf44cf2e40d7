import { contactFormat } from './contact-format';
import { countMismatch } from './count-mismatch';
import { dateInvalid } from './date-invalid';
import { numberingHierarchy } from './numbering-hierarchy';
import { numberingSequence } from './numbering-sequence';
import { numberingStyle } from './numbering-style';
import { phraseStandard } from './phrase-standard';
import { punctuationPair } from './punctuation-pair';
import { punctuationWidth } from './punctuation-width';
import type { Rule } from './rule';
import { sectionMissing } from './section-missing';
import { sectionOrder } from './section-order';
import { structureBrokenLine } from './structure-broken-line';
import { structureTitle } from './structure-title';
import { suppressionComment } from './suppression-comment';
import { textDuplicate } from './text-duplicate';

export const RULES: readonly Rule[] = [
  numberingSequence,
  numberingStyle,
  numberingHierarchy,
  sectionMissing,
  sectionOrder,
  structureTitle,
  structureBrokenLine,
  countMismatch,
  textDuplicate,
  phraseStandard,
  punctuationPair,
  punctuationWidth,
  dateInvalid,
  contactFormat,
  suppressionComment,
];
