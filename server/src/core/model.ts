/**
 * The document model of a rectification progress notice. Pure data: the parser
 * builds it, rules and editor features read it. Positions are 0-based lines and
 * UTF-16 columns, the same convention as LSP, so the server passes them through.
 */

import type { Directive } from './suppressions';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * The marker families in GB/T 9704 order; `rank` is the family's place in
 * that order (1 = `一、`, 5 = `①`).
 */
export type MarkerFamily = 'chinese' | 'chineseParen' | 'arabic' | 'arabicParen' | 'circled';

/**
 * How a marker is written, within its family: the punctuation around the
 * number. Two markers of one family and different styles are an
 * inconsistency (`1、` against `1.`, `(一)` against `（一）`).
 */
export type MarkerStyle =
  | '、' // 一、 1、
  | '.' // 1.
  | '．' // 1．
  | '（）' // （一） （1）
  | '()' // (一) (1)
  | '(）' // mismatched widths
  | '（)'
  | '○'; // ① (circled numbers have one style)

export interface Marker {
  family: MarkerFamily;
  style: MarkerStyle;
  /** The number the marker carries, 1-based. */
  number: number;
  /** The marker exactly as written, e.g. `（三）`, `1.`. */
  text: string;
  /** Where the marker text stands on its line. */
  range: Range;
}

export interface Heading {
  marker: Marker;
  /** 1-based rank of the marker family (1 = `一、` … 5 = `①`). */
  rank: number;
  /** Depth in the document tree: 1 for top-level parts. */
  depth: number;
  /** Text after the marker up to the first `。` (or the line's end), trimmed. */
  title: string;
  /** The whole heading line's content (without indentation). */
  lineRange: Range;
  /** Range of the title text. */
  titleRange: Range;
  /** From the heading line to the last non-blank line it governs. */
  governedRange: Range;
  line: number;
  parent: Heading | undefined;
  children: Heading[];
}

/** The kinds of inline enumeration: `一是`, `第一，`, `①`. */
export type InlineKind = 'shi' | 'di' | 'circled';

export interface InlineItem {
  kind: InlineKind;
  number: number;
  text: string;
  range: Range;
  /** Index into `paragraphs` of the paragraph holding the item. */
  paragraph: number;
}

/** A run of inline items of one kind under one heading (or the document body). */
export interface InlineEnumeration {
  kind: InlineKind;
  scope: Heading | undefined;
  items: InlineItem[];
}

export interface Paragraph {
  line: number;
  range: Range;
  text: string;
  /** The heading whose governed text holds this paragraph, if any. */
  heading: Heading | undefined;
  /** True when the line is itself a heading line. */
  isHeading: boolean;
}

export type PartKind = 'situation' | 'rectification' | 'petitions' | 'nextSteps' | 'contact';

export const PART_KINDS: readonly PartKind[] = ['situation', 'rectification', 'petitions', 'nextSteps', 'contact'];

export interface Part {
  kind: PartKind;
  /** The heading that opens the part; undefined for a part that is a paragraph (contact). */
  heading: Heading | undefined;
  line: number;
  range: Range;
  /** Nested in another part, or given in a sentence of one: there, but its place is no order of its own. */
  withinAnother?: true;
}

export interface Title {
  /** One or two lines, e.g. issuer and `关于…通报`. */
  lines: number[];
  text: string;
  range: Range;
}

export interface Signature {
  issuer: { line: number; text: string } | undefined;
  date: { line: number; text: string; range: Range } | undefined;
}

export interface NoticeDocument {
  text: string;
  /** The lines, with suppression comments blanked out: they are not part of the notice. */
  lines: string[];
  /** Offset in `text` of each line's first character. */
  lineOffsets: number[];
  title: Title | undefined;
  /** Lines around the notice that a web page left: breadcrumbs and source lines before the body, links and buttons after it; in order. */
  strayLines: number[];
  opening: Paragraph | undefined;
  /** Every heading in document order. */
  headings: Heading[];
  /** Top-level headings; the rest hang below them. */
  roots: Heading[];
  paragraphs: Paragraph[];
  enumerations: InlineEnumeration[];
  parts: Partial<Record<PartKind, Part>>;
  signature: Signature;
  /** The suppression comments, in line order. */
  directives: Directive[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** One way to repair a finding: a titled set of edits to the document. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Repairs offered as quick fixes, the preferred one first. */
  fixes?: Fix[];
}
