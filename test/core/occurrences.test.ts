import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { generateNotice } from '../../bench/generate-notice';
import { analyze } from '../../server/src/core';
import { parse } from '../../server/src/core/parser';
import { proseOccurrences } from '../../server/src/core/occurrences';
import { RULES } from '../../server/src/core/rules';
import { planNumbering } from '../../server/src/core/numbering';
import type { NoticeDocument } from '../../server/src/core/model';
import { draftNotice } from '../helpers/drafts';
import { proseLines } from '../../server/src/core/text';

const LOOK_ALIKE = draftNotice({ body: ['加强团结引导，团结作家队伍。', '总结各地团练作家的经验做法，企企业业务。'] });
const DOUBLED = draftNotice({ body: ['落实落实整改责任，认认真真抓整改，使命使命在肩。'] });

/** A full garbage collection, for the tests that measure what stays alive. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function check(ruleId: string, doc: NoticeDocument) {
  const rule = RULES.find((candidate) => candidate.id === ruleId)!;
  return rule.check(doc, { locale: 'zh', phrases: [], ruleIds: new Set(), numbering: planNumbering(doc) });
}

describe('proseOccurrences', () => {
  it('chains each prose character to its previous occurrence in the prose, and counts it', () => {
    const doc = parse(DOUBLED);
    const { previous, counts, codes } = proseOccurrences(doc);
    const line = doc.lines.findIndex((text) => text.startsWith('落实落实'));
    const at = doc.lineOffsets[line];
    // 落实落实: the second 落 follows the first, two characters back.
    expect(previous[at + 2]).toBe(at);
    expect(previous[at + 3]).toBe(at + 1);
    const code = '使'.charCodeAt(0);
    expect(counts[2 * code]).toBe(DOUBLED.split('使').length - 1);
    expect(codes.filter((c) => c === code)).toHaveLength(1);
    // The first character of the prose occurred nowhere before it.
    expect(previous[doc.lineOffsets[proseLines(doc)[0]]]).toBe(-1);
  });

  it('gives each document its own occurrences, whatever was indexed before', () => {
    const first = parse(LOOK_ALIKE);
    const second = parse(DOUBLED);
    for (const id of ['text/duplicate', 'phrase/standard']) {
      const fresh = check(id, first);
      // Again with `first` still indexed, then with `second` indexed in between.
      const reused = check(id, first);
      proseOccurrences(second);
      expect([reused, check(id, first)]).toEqual([fresh, fresh]);
    }
    expect(check('text/duplicate', second).map((report) => report.message)).toEqual(
      expect.arrayContaining(['重复词语：“落实”连写了2次', '重复词语：“使命”连写了2次']),
    );
    expect(check('phrase/standard', first).map((report) => report.message)).toContain(
      '“团练作家”疑为“团结作家”之误：第6行写作“团结作家”',
    );
  });

  it('keeps no document alive once the next is analysed, even within one synchronous run', () => {
    // The checker analyses file after file without yielding; a WeakRef to the
    // document indexed last kept every one of them to the end of the run.
    const text = generateNotice({ seed: 7, targetBytes: 100_000, mistakes: true });
    analyze(text);
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 50; i++) analyze(text);
    collectGarbage();
    // Fifty models kept would be about 30 MB; none kept, well under 1 MB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(5_000_000);
  });

  it('gives back the tables a huge document needed once a small one is analysed', () => {
    const small = generateNotice({ seed: 8, targetBytes: 20_000 });
    analyze(small);
    collectGarbage();
    const before = process.memoryUsage().arrayBuffers;
    // Two million characters on one line, a clause every other one: tables of 8 MB (a position per
    // character) and 16 MB (two per clause) while it is analysed.
    analyze('整，'.repeat(1_000_000));
    analyze(small);
    // The second collection finishes freeing the buffers the first found dead.
    collectGarbage();
    collectGarbage();
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(2_000_000);
  });
});

