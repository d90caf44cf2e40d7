/**
 * The real notices in `../shared/corpus`, beside the repository. They are read
 * from there, never copied in; where the folder is absent the corpus tests skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CORPUS_DIR = resolve(__dirname, '../../../shared/corpus');
export const CORPUS_000 = '000_6d80888df1d498ea.txt';
export const CORPUS_003 = '003_e044138b220519bf.txt';

export const hasCorpus = existsSync(CORPUS_DIR);
if (!hasCorpus) console.warn(`Corpus not found at ${CORPUS_DIR}: corpus tests skipped.`);

export function corpusPath(name: string): string {
  return resolve(CORPUS_DIR, name);
}

export function readCorpus(name: string): string {
  return readFileSync(corpusPath(name), 'utf8');
}
