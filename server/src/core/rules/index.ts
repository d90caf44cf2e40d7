import { numberingHierarchy } from './numbering-hierarchy';
import { numberingSequence } from './numbering-sequence';
import { numberingStyle } from './numbering-style';
import type { Rule } from './rule';
import { sectionMissing } from './section-missing';
import { sectionOrder } from './section-order';
import { structureTitle } from './structure-title';

export const RULES: readonly Rule[] = [
  numberingSequence,
  numberingStyle,
  numberingHierarchy,
  sectionMissing,
  sectionOrder,
  structureTitle,
];
