/**
 * The folder the end-to-end tests open in VS Code: our example notices and,
 * where ../shared/corpus is present, copies of the real notices under
 * `.notice` names (the repository holds none of their text).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CORPUS_000, CORPUS_003, corpusAvailable } from './corpus';

/** Two folders up, from here and from the bundles in dist/tools alike. */
const EXAMPLES = resolve(__dirname, '../../examples');

/** Creates `folder` with the notices; returns the real ones copied (none where the corpus is absent). */
export function createNoticeFolder(folder: string): { name: string; text: string }[] {
  mkdirSync(folder);
  for (const example of readdirSync(EXAMPLES)) copyFileSync(join(EXAMPLES, example), join(folder, example));
  if (!corpusAvailable) return [];
  return [CORPUS_000, CORPUS_003].map((file) => {
    const name = `${basename(file, '.txt')}.notice`;
    copyFileSync(file, join(folder, name));
    return { name, text: readFileSync(file, 'utf8') };
  });
}
