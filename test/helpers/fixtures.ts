import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** A notice the project's authors wrote: under examples/ or test/fixtures/. */
export function readFixture(relative: string): string {
  return fs.readFileSync(path.join(ROOT, relative), 'utf8');
}
