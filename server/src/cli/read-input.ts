/** Finding the files to check and reading them as UTF-8 text, with a clear reason when that fails. */
import { isUtf8, transcode } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { localize, type Locale, type Message } from '../core/i18n';
import { MAX_NOTICE_BYTES, megabytes } from '../limits';

export const DEFAULT_EXTENSIONS = ['.notice', '.notice.txt'];

/** A file read as text (`bom` remembers a byte-order mark the text no longer holds), or why it could not be. */
export type Unreadable = { name: string; error: string };
export type Input = { name: string; text: string; bom: boolean } | Unreadable;

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

const messages = {
  missing: { zh: () => '文件或目录不存在', en: () => 'no such file or directory' },
  denied: { zh: () => '没有读取权限', en: () => 'permission denied' },
  linkLoop: { zh: () => '符号链接层数过多（链接成环）', en: () => 'too many levels of symbolic links (a link loop)' },
  isDirectory: { zh: () => '是目录', en: () => 'is a directory' },
  directoryLoop: {
    zh: (a) => `符号链接成环（指回“${a.target}”），未进入`,
    en: (a) => `symbolic link loop (leads back to ${a.target}), not followed`,
  },
  undecodableName: {
    zh: () => '文件名不是有效的 UTF-8（可能是 GBK 编码，如从 Windows 压缩包解出），无法打开：请重命名，或按原编码解压（unzip -O GBK）',
    en: () =>
      'the name is not valid UTF-8 (perhaps GBK, as unpacked from a Windows archive), so it cannot be opened: rename it, or unpack the archive with its encoding (unzip -O GBK)',
  },
  notRegular: {
    zh: (a) => `不是普通文件（${a.kind}），已跳过`,
    en: (a) => `not a regular file (${a.kind}), skipped`,
  },
  tooLarge: {
    zh: (a) => `文件过大（${a.size} MB，上限 ${a.limit} MB），未检查`,
    en: (a) => `too large (${a.size} MB; the limit is ${a.limit} MB), not checked`,
  },
  inputTooLarge: {
    zh: (a) => `输入过大（超过上限 ${a.limit} MB），未检查`,
    en: (a) => `too large (over the limit of ${a.limit} MB), not checked`,
  },
  binary: { zh: () => '二进制文件（含 NUL 字节），未检查', en: () => 'binary file (contains NUL bytes), not checked' },
  noNotices: {
    zh: (a) => `目录中没有 ${a.endings} 文件，未检查任何文件；可直接列出要检查的文件，或用 --ext 增加文件后缀（如 --ext .txt）`,
    en: (a) => `no ${a.endings} files in this folder, so nothing was checked there; name the files to check, or add endings with --ext (such as --ext .txt)`,
  },
  notUtf8: {
    zh: () => '不是有效的 UTF-8 文本；请另存为 UTF-8 后重试',
    en: () => 'not valid UTF-8 text; save it as UTF-8 and try again',
  },
} satisfies Record<string, Message>;

function describe(locale: Locale, error: unknown): string {
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
      return localize(locale, messages.missing, {});
    case 'EACCES':
    case 'EPERM':
      return localize(locale, messages.denied, {});
    case 'ELOOP':
      return localize(locale, messages.linkLoop, {});
    case 'EISDIR':
      return localize(locale, messages.isDirectory, {});
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function hasExtension(file: string, extensions: readonly string[]): boolean {
  const lower = file.toLowerCase();
  return extensions.some((ext) => lower.endsWith(ext));
}

/**
 * Expands the command line's operands into files: files as given, directories
 * searched for the notice extensions. Symbolic links are followed; a link
 * back to a folder being searched is reported, a folder reached twice is
 * searched once. Anything that is not a folder is left to `readInput`, which
 * reads only regular files.
 */
export function collectFiles(
  operands: readonly string[],
  extensions: readonly string[],
  locale: Locale,
): { files: string[]; problems: Unreadable[]; notes: Unreadable[] } {
  const files: string[] = [];
  const problems: Unreadable[] = [];
  /** Folders named on the command line that hold no notice: not a failure, but worth a word. */
  const notes: Unreadable[] = [];
  const visited = new Set<string>();
  const walk = (directory: string, ancestors: readonly string[]) => {
    let real: string;
    try {
      real = fs.realpathSync(directory);
    } catch (error) {
      problems.push({ name: directory, error: describe(locale, error) });
      return;
    }
    if (ancestors.includes(real)) {
      problems.push({ name: directory, error: localize(locale, messages.directoryLoop, { target: real }) });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      problems.push({ name: directory, error: describe(locale, error) });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(directory, entry.name);
      // A name that is not UTF-8 reaches us with U+FFFD for its bytes, and by that name the file is not there.
      if (entry.name.includes('\ufffd') && !fs.existsSync(full)) {
        if (entry.isDirectory() || hasExtension(entry.name, extensions)) {
          problems.push({ name: full, error: localize(locale, messages.undecodableName, {}) });
        }
        continue;
      }
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDirectory = fs.statSync(full).isDirectory();
        } catch (error) {
          // A dangling link or a loop of links: only worth a word if it looks like a notice.
          if (hasExtension(entry.name, extensions)) problems.push({ name: full, error: describe(locale, error) });
          continue;
        }
      }
      if (isDirectory) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(full, [...ancestors, real]);
      } else if (hasExtension(entry.name, extensions)) {
        files.push(full);
      }
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
      problems.push({ name: operand, error: describe(locale, error) });
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.length;
      walk(operand, []);
      if (files.length === before) {
        const endings = new Intl.ListFormat(locale, { type: 'disjunction' }).format(extensions.map((ext) => `*${ext}`));
        notes.push({ name: operand, error: localize(locale, messages.noNotices, { endings }) });
      }
    } else {
      files.push(operand);
    }
  }
  return { files, problems, notes };
}

function specialKind(stat: fs.Stats): Record<Locale, string> {
  if (stat.isFIFO()) return { zh: '命名管道', en: 'a named pipe' };
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return { zh: '设备文件', en: 'a device' };
  if (stat.isSocket()) return { zh: '套接字', en: 'a socket' };
  return { zh: '特殊文件', en: 'a special file' };
}

/**
 * Decodes bytes as UTF-8 text; a BOM is dropped, NUL bytes or invalid UTF-8
 * make it an error. The bytes are validated, then converted by way of
 * UTF-16LE: Node's direct UTF-8 decoding (`TextDecoder`, `toString('utf8')`)
 * builds a Chinese text about ten times slower, a tenth of the checker's time
 * on a folder of notices.
 */
export function decode(name: string, bytes: Uint8Array, locale: Locale): Input {
  if (bytes.includes(0)) return { name, error: localize(locale, messages.binary, {}) };
  if (!isUtf8(bytes)) return { name, error: localize(locale, messages.notUtf8, {}) };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { name, text: transcode(bytes, 'utf8', 'utf16le').toString('utf16le', bom ? 2 : 0), bom };
}

/**
 * Standard input, read only up to the size limit: it has no size to check
 * before reading, and reading all of an endless or enormous stream would
 * exhaust memory. Undefined when it holds more.
 */
function readStandardInput(): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  for (let read = fs.readSync(0, buffer); read > 0; read = fs.readSync(0, buffer)) {
    total += read;
    if (total > MAX_NOTICE_BYTES) return undefined;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads a file, or standard input for `-`. Only a regular file is read: it is
 * opened without blocking and checked before reading, so a named pipe or a
 * device never stalls the checker, and a huge file is refused before it is
 * loaded.
 */
export function readInput(name: string, locale: Locale): Input {
  if (name === '-') {
    try {
      const bytes = readStandardInput();
      if (!bytes) return { name: '<stdin>', error: localize(locale, messages.inputTooLarge, { limit: megabytes(MAX_NOTICE_BYTES) }) };
      return decode('<stdin>', bytes, locale);
    } catch (error) {
      return { name: '<stdin>', error: describe(locale, error) };
    }
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(name, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { name, error: localize(locale, messages.isDirectory, {}) };
    if (!stat.isFile()) return { name, error: localize(locale, messages.notRegular, { kind: specialKind(stat)[locale] }) };
    if (stat.size > MAX_NOTICE_BYTES) {
      return { name, error: localize(locale, messages.tooLarge, { size: megabytes(stat.size), limit: megabytes(MAX_NOTICE_BYTES) }) };
    }
    return decode(name, fs.readFileSync(fd), locale);
  } catch (error) {
    return { name, error: describe(locale, error) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
