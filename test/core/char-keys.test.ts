import { describe, expect, it } from 'vitest';
import { CodePairMap } from '../../server/src/core/char-keys';

const codes = (pair: string) => [pair.charCodeAt(0), pair.charCodeAt(1)] as const;

describe('CodePairMap', () => {
  it('finds every pair it was given, and no other', () => {
    const pairs = ['两个', '四个', '全面', '主义', '意识', '自信', '维护', '确立', '个两', '面全'];
    const map = new CodePairMap(pairs.map((pair, i) => [...codes(pair), i] as const));
    expect(pairs.map((pair) => map.get(...codes(pair)))).toEqual(pairs.map((_, i) => i));
    for (const absent of ['两两', '个四', '全主', '信自', '面面']) expect(map.get(...codes(absent))).toBeUndefined();
  });

  it('keeps code units from the top of the range apart', () => {
    const map = new CodePairMap([[0xffff, 0xfffe, 'a'] as const, [0x8000, 0x0001, 'b'] as const]);
    expect([map.get(0xffff, 0xfffe), map.get(0x8000, 1), map.get(0xfffe, 0xffff), map.get(1, 0x8000)]).toEqual(['a', 'b', undefined, undefined]);
    expect(new CodePairMap<number>([]).get(1, 2)).toBeUndefined();
  });
});
