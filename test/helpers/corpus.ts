/**
 * The real notices live in ../shared/corpus beside the clone (CI puts them
 * there); the project holds none of their text. Where the folder is absent,
 * corpus tests skip and say so once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CORPUS_DIR = path.resolve(__dirname, '../../../shared/corpus');
export const CORPUS_000 = path.join(CORPUS_DIR, '000_6d80888df1d498ea.txt');
export const CORPUS_003 = path.join(CORPUS_DIR, '003_e044138b220519bf.txt');

export const corpusAvailable = fs.existsSync(CORPUS_000) && fs.existsSync(CORPUS_003);

if (!corpusAvailable) {
  console.warn(`corpus tests skipped: ${CORPUS_DIR} not found (clone the project beside shared/ to run them)`);
}

export function readCorpus(file: string): string {
  return fs.readFileSync(file, 'utf8');
}
