/**
 * The notice's outline for the editor's Outline view and breadcrumbs: the
 * title first, then the heading tree. Plain objects shaped like LSP's
 * `DocumentSymbol`, so the core stays free of the LSP packages and the
 * server returns them as they are.
 */
import type { Heading, NoticeDocument, Range, Title } from '../model';

/**
 * The LSP `SymbolKind` numbers used here. Each heading rank gets its own kind
 * so the levels are told apart by icon: 一、 Module, （一） Class, 1. Method,
 * （1） Field, ① EnumMember; the title is the File.
 */
export const SymbolKind = {
  File: 1,
  Module: 2,
  Class: 5,
  Method: 6,
  Field: 8,
  EnumMember: 22,
} as const;

export type SymbolKindNumber = (typeof SymbolKind)[keyof typeof SymbolKind];

const KIND_BY_RANK: Record<number, SymbolKindNumber> = {
  1: SymbolKind.Module,
  2: SymbolKind.Class,
  3: SymbolKind.Method,
  4: SymbolKind.Field,
  5: SymbolKind.EnumMember,
};

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKindNumber;
  /** All the text the symbol stands for. */
  range: Range;
  /** What is revealed and highlighted when the symbol is picked; inside `range`. */
  selectionRange: Range;
  children?: DocumentSymbol[];
}

/** Longer titles are cut so the Outline and breadcrumbs stay readable. */
export const MAX_TITLE_LENGTH = 24;

/** Cuts `text` to MAX_TITLE_LENGTH characters (code points, so no surrogate is split) and marks the cut. */
export function shortenTitle(text: string): string {
  const characters = Array.from(text);
  return characters.length > MAX_TITLE_LENGTH ? characters.slice(0, MAX_TITLE_LENGTH).join('') + '…' : text;
}

function titleSymbol(title: Title): DocumentSymbol {
  return { name: title.text, kind: SymbolKind.File, range: title.range, selectionRange: title.range };
}

function headingSymbol(heading: Heading): DocumentSymbol {
  return {
    name: heading.marker.text + shortenTitle(heading.title),
    kind: KIND_BY_RANK[heading.rank],
    range: heading.governedRange,
    // An empty title's range sits right after the marker, so this is the marker alone then.
    selectionRange: { start: heading.marker.range.start, end: heading.titleRange.end },
    children: heading.children.map(headingSymbol),
  };
}

export function documentSymbols(document: NoticeDocument): DocumentSymbol[] {
  const headings = document.roots.map(headingSymbol);
  // An editor rejects a symbol with an empty name, and with it the whole outline.
  return document.title?.text ? [titleSymbol(document.title), ...headings] : headings;
}
