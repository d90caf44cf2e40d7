/**
 * The checker's decoding of file bytes gives exactly what a strict UTF-8
 * decoder gives: the same text for valid UTF-8 (a BOM dropped and
 * remembered), an error for anything else, and NUL bytes refused as binary.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../server/src/cli/read-input';
import { CORPUS_000, CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** What a strict decoder makes of `bytes`: the text, or undefined where it throws. */
function strictly(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

const BOM = [0xef, 0xbb, 0xbf];

describe('decode', () => {
  it.runIf(corpusAvailable)('gives the corpus notices as a strict decoder reads them, with and without a BOM', () => {
    for (const file of [CORPUS_000, CORPUS_003]) {
      const text = readCorpus(file);
      const bytes = new TextEncoder().encode(text);
      expect(decode(file, bytes, 'en')).toEqual({ name: file, text, bom: false });
      expect(decode(file, Uint8Array.from([...BOM, ...bytes]), 'en')).toEqual({ name: file, text, bom: true });
    }
  });

  it('agrees with a strict decoder on valid UTF-8 of any code points, a BOM in front or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean(), (text, withBom) => {
        const clean = text.replace(/\0/g, '');
        const encoded = new TextEncoder().encode(clean);
        const bytes = withBom ? Uint8Array.from([...BOM, ...encoded]) : encoded;
        const decoded = decode('x', bytes, 'en');
        expect(decoded).toEqual({ name: 'x', text: strictly(bytes), bom: withBom });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses exactly what a strict decoder refuses, among arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 64, min: 1 }), (bytes) => {
        const decoded = decode('x', bytes, 'en');
        const expected = strictly(bytes);
        if (expected === undefined) expect(decoded).toEqual({ name: 'x', error: 'not valid UTF-8 text; save it as UTF-8 and try again' });
        else expect(decoded).toMatchObject({ text: expected });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses surrogates written as UTF-8 and overlong forms, and calls NUL bytes binary', () => {
    for (const bytes of [[0xed, 0xa0, 0x80], [0xc0, 0x80], [0xe4, 0xb8], [0xff]]) {
      expect(decode('x', Uint8Array.from(bytes), 'zh')).toEqual({ name: 'x', error: '不是有效的 UTF-8 文本；请另存为 UTF-8 后重试' });
    }
    expect(decode('x', Uint8Array.from([0xe4, 0xb8, 0xad, 0]), 'en')).toEqual({
      name: 'x',
      error: 'binary file (contains NUL bytes), not checked',
    });
  });

  it('reads an empty file and a lone BOM as empty text', () => {
    expect(decode('x', new Uint8Array(0), 'en')).toEqual({ name: 'x', text: '', bom: false });
    expect(decode('x', Uint8Array.from(BOM), 'en')).toEqual({ name: 'x', text: '', bom: true });
  });
});
