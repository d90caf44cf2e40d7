/**
 * Fix-all never loses a word: over generated notices and over both corpus
 * files, with random damage to their numbering, fixing changes markers and
 * nothing else, leaves no numbering finding, and is a fixed point.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, fixAll, parse, type Heading } from '../../server/src/core';
import { CORPUS_000, CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';
import { damage, damages, notices, type Damage } from '../helpers/notice-generator';

/** The text with every heading marker and inline item taken out: what the drafter wrote around them. */
function withoutMarkers(text: string): string {
  const doc = parse(text);
  const ranges = [...doc.headings.map((h) => h.marker.range), ...doc.enumerations.flatMap((e) => e.items.map((i) => i.range))];
  return applyEdits(text, ranges.map((range) => ({ range, newText: '' })));
}

function numberingFindings(text: string): string[] {
  return analyze(text, { locale: 'en' })
    .findings.filter((f) => f.rule.startsWith('numbering/'))
    .map((f) => `${f.range.start.line + 1}: ${f.message}`);
}

/** What a fix must keep: line breaks, BOM, indentation and full-width spaces, the final newline. */
function layout(text: string) {
  const lines = text.split(/\r\n|\n/);
  return {
    crlf: text.split('\r\n').length,
    lf: text.split('\n').length,
    bom: text.startsWith('\ufeff'),
    indentation: lines.map((line) => /^[\s\u3000\ufeff]*/.exec(line)![0]),
    fullWidthSpaces: text.split('\u3000').length,
    finalNewline: /\n$/.test(text),
  };
}

function checkFixAll(damaged: string): string {
  const fixed = fixAll(damaged);
  expect(withoutMarkers(fixed)).toBe(withoutMarkers(damaged));
  expect(fixAll(fixed)).toBe(fixed);
  expect(numberingFindings(fixed)).toEqual([]);
  expect(layout(fixed)).toEqual(layout(damaged));
  return fixed;
}

describe('fix-all on generated notices', () => {
  it('leaves a correctly numbered notice as it is', () => {
    fc.assert(
      fc.property(notices, (notice) => {
        expect(numberingFindings(notice)).toEqual([]);
        expect(fixAll(notice)).toBe(notice);
      }),
    );
  });

  it('after damage: changes only markers, leaves no numbering finding, keeps the layout, and is idempotent', () => {
    fc.assert(fc.property(notices, damages, (notice, changes) => void checkFixAll(damage(notice, changes))));
  });

  it('every quick fix of a numbering finding changes only markers and keeps the layout', () => {
    fc.assert(
      fc.property(notices, damages, (notice, changes) => {
        const damaged = damage(notice, changes);
        const fixes = analyze(damaged).findings.filter((f) => f.rule.startsWith('numbering/')).flatMap((f) => f.fixes ?? []);
        for (const fix of fixes) {
          const fixed = applyEdits(damaged, fix.edits);
          expect(withoutMarkers(fixed), fix.title).toBe(withoutMarkers(damaged));
          expect(layout(fixed)).toEqual(layout(damaged));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('restores a notice after one changed number, or one changed style in a level of three or more', () => {
    const oneChange = fc.record({
      kind: fc.constantFrom('number', 'style') as fc.Arbitrary<Damage['kind']>,
      target: fc.nat(),
      value: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(notices, oneChange, (notice, change) => {
        const { headings, roots } = parse(notice);
        const firstOfItsLevel = (h: Heading) => (h.parent?.children ?? roots).find((s) => s.marker.family === h.marker.family) === h;
        // Unambiguous damage only: a wrong first item could as well mean the other scheme,
        // and a level of two markers written two ways has no majority style.
        const candidates = headings.filter((h) =>
          change.kind === 'number'
            ? !firstOfItsLevel(h)
            : headings.filter((other) => other.marker.family === h.marker.family).length >= 3,
        );
        fc.pre(candidates.length > 0);
        const target = headings.indexOf(candidates[change.target % candidates.length]);
        expect(checkFixAll(damage(notice, [{ ...change, target }]))).toBe(notice);
      }),
    );
  });
});

describe.skipIf(!corpusAvailable)('fix-all on the corpus with random numbering damage', () => {
  const corpus = corpusAvailable ? [readCorpus(CORPUS_000), readCorpus(CORPUS_003)] : [];

  it.each([0, 1])('file %i: changes only markers, leaves no numbering finding, is idempotent', (index) => {
    fc.assert(fc.property(damages, (changes) => void checkFixAll(damage(corpus[index], changes))), { numRuns: 60 });
  });

  it.each([0, 1])('file %i: one changed heading number or style is restored exactly', (index) => {
    const oneChange = fc.record({
      kind: fc.constantFrom('number', 'style', 'swap') as fc.Arbitrary<Damage['kind']>,
      target: fc.nat(),
      value: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(fc.property(oneChange, (change) => void expect(fixAll(damage(corpus[index], [change]))).toBe(corpus[index])), {
      numRuns: 60,
    });
  });

  it.each([0, 1])('file %i: keeps CRLF line endings and a BOM', (index) => {
    const crlf = `\ufeff${corpus[index].replace(/\n/g, '\r\n')}`;
    fc.assert(fc.property(damages, (changes) => void checkFixAll(damage(crlf, changes))), { numRuns: 20 });
  });
});
