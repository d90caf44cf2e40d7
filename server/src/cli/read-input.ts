/** Finding the files to check and reading them as UTF-8 text, with a clear reason when that fails. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const DEFAULT_EXTENSIONS = ['.notice', '.notice.txt'];

/** A file read as text (`bom` remembers a byte-order mark the text no longer holds), or why it could not be. */
export type Unreadable = { name: string; error: string };
export type Input = { name: string; text: string; bom: boolean } | Unreadable;

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

function hasExtension(file: string, extensions: readonly string[]): boolean {
  const lower = file.toLowerCase();
  return extensions.some((ext) => lower.endsWith(ext));
}

/**
 * Expands the command line's operands into files: files as given, directories
 * searched for the notice extensions. Symbolic links are followed once (a
 * loop is reported, not walked forever).
 */
export function collectFiles(
  operands: readonly string[],
  extensions: readonly string[],
): { files: string[]; problems: Unreadable[] } {
  const files: string[] = [];
  const problems: Unreadable[] = [];
  const visited = new Set<string>();
  const walk = (directory: string) => {
    let real: string;
    try {
      real = fs.realpathSync(directory);
    } catch (error) {
      problems.push({ name: directory, error: describe(error) });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      problems.push({ name: directory, error: describe(error) });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(directory, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = fs.statSync(full);
          isDirectory = stat.isDirectory();
          isFile = stat.isFile();
        } catch (error) {
          problems.push({ name: full, error: describe(error) });
          continue;
        }
      }
      if (isDirectory && !SKIPPED_DIRECTORIES.has(entry.name)) walk(full);
      else if (isFile && hasExtension(entry.name, extensions)) files.push(full);
    }
  };
  for (const operand of operands) {
    if (operand === '-') {
      files.push(operand);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(operand);
    } catch (error) {
      problems.push({ name: operand, error: describe(error) });
      continue;
    }
    if (stat.isDirectory()) walk(operand);
    else files.push(operand);
  }
  return { files, problems };
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes bytes as UTF-8 text; a BOM is dropped, NUL bytes or invalid UTF-8 make it an error. */
export function decode(name: string, bytes: Uint8Array): Input {
  if (bytes.includes(0)) return { name, error: 'binary file (contains NUL bytes), not checked' };
  try {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { name, text: decoder.decode(bytes), bom };
  } catch {
    return { name, error: 'not valid UTF-8 text; save it as UTF-8 and try again' };
  }
}

export function readInput(name: string): Input {
  try {
    const bytes = name === '-' ? fs.readFileSync(0) : fs.readFileSync(name);
    return decode(name === '-' ? '<stdin>' : name, bytes);
  } catch (error) {
    return { name, error: describe(error) };
  }
}
