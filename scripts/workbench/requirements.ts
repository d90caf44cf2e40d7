/**
 * What a real VS Code workbench needs on this machine, and installing it:
 * Debian's Chromium, ripgrep, Kerberos headers (code-server builds a native
 * module against them) and a CJK font (so screenshots show Chinese), then
 * code-server from the npm registry into a cache folder outside the project,
 * so that the project's own `npm ci` stays light. See ../shared/docs/E2E.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { arch, homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

/** The newest code-server whose `engines.node` is 20; it contains VS Code 1.100.3. */
export const CODE_SERVER_VERSION = '4.100.3';

/**
 * code-server's VS Code depends on @vscode/ripgrep, whose postinstall downloads
 * a ripgrep build from GitHub (unreachable here) unless this archive is in its
 * cache folder. Names taken from @vscode/ripgrep 1.15.11's lib/postinstall.js
 * and lib/download.js, the version code-server 4.100.3's shrinkwrap pins.
 */
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';
const RIPGREP_TARGETS: Record<string, string> = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

/** Installing code-server normally takes about a minute; this bound only stops a hung install. */
const INSTALL_TIMEOUT_MS = 15 * 60_000;

interface DebianNeed {
  package: string;
  /** Present when any of these files exists. */
  files: string[];
  why: string;
}

const DEBIAN_NEEDS: DebianNeed[] = [
  { package: 'chromium', files: ['/usr/bin/chromium'], why: 'the browser that shows the workbench (or set CHROMIUM_PATH)' },
  { package: 'ripgrep', files: ['/usr/bin/rg'], why: "stands in for @vscode/ripgrep's download" },
  { package: 'libkrb5-dev', files: ['/usr/include/gssapi/gssapi.h', '/usr/include/krb5.h'], why: "code-server's kerberos module builds against it" },
  {
    package: 'fonts-wqy-microhei',
    files: ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'],
    why: 'a CJK font, so that screenshots show Chinese text',
  },
];

export interface Workbench {
  /** code-server's entry script, run with this Node. */
  codeServerEntry: string;
  chromium: string;
}

export type Log = (line: string) => void;

export function cacheFolder(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'notice-e2e');
}

function codeServerFolder(): string {
  return join(cacheFolder(), `code-server-${CODE_SERVER_VERSION}`);
}

function codeServerEntry(folder: string): string {
  return join(folder, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** Thrown when something the workbench needs is missing and cannot be installed from here. */
export class MissingRequirement extends Error {}

function missingDebianPackages(): DebianNeed[] {
  return DEBIAN_NEEDS.filter(
    (need) => !(need.package === 'chromium' && process.env.CHROMIUM_PATH) && !need.files.some((file) => existsSync(file)),
  );
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function ensureDebianPackages(log: Log): void {
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  const names = missing.map((need) => need.package);
  const explained = missing.map((need) => `${need.package} (${need.why})`).join(', ');
  if (!isRoot() || !existsSync('/usr/bin/apt-get')) {
    throw new MissingRequirement(`missing Debian packages: ${explained}. Install them with: sudo apt-get install ${names.join(' ')}`);
  }
  log(`installing Debian packages: ${names.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...names]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env, timeout: INSTALL_TIMEOUT_MS });
    if (result.status !== 0) {
      throw new MissingRequirement(`apt-get ${args[0]} failed (status ${result.status ?? result.signal}); still missing: ${explained}`);
    }
  }
  const stillMissing = missingDebianPackages();
  if (stillMissing.length > 0) {
    throw new MissingRequirement(`apt-get installed but these are still missing: ${stillMissing.map((need) => need.files[0]).join(', ')}`);
  }
}

/** A tar.gz holding Debian's rg as `rg`, where @vscode/ripgrep looks before downloading. */
function seedRipgrepCache(temporary: string): void {
  const target = RIPGREP_TARGETS[arch()];
  if (!target) throw new MissingRequirement(`no ripgrep stand-in for the ${arch()} architecture`);
  const cache = join(temporary, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(join(temporary, 'rg-'));
  execFileSync('cp', ['/usr/bin/rg', join(staging, 'rg')]);
  execFileSync('tar', ['czf', join(cache, `ripgrep-${RIPGREP_RELEASE}-${target}.tar.gz`), '-C', staging, 'rg']);
}

function installCodeServer(folder: string, log: Log): void {
  log(`installing code-server ${CODE_SERVER_VERSION} into ${folder} (about a minute, ~300 MB)`);
  mkdirSync(cacheFolder(), { recursive: true });
  // Installed beside its final place and renamed when complete, so an interrupted install is never used.
  const staging = mkdtempSync(`${folder}.partial-`);
  const temporary = mkdtempSync(join(tmpdir(), 'notice-code-server-install-'));
  try {
    writeFileSync(join(staging, 'package.json'), '{ "private": true }\n');
    seedRipgrepCache(temporary);
    const result = spawnSync(
      'npm',
      ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`],
      {
        cwd: staging,
        stdio: ['ignore', 'ignore', 'inherit'],
        timeout: INSTALL_TIMEOUT_MS,
        env: {
          ...process.env,
          TMPDIR: temporary,
          // Its postinstall refuses to run as root without this.
          npm_config_unsafe_perm: 'true',
          // A nested `npx node-gyp` is otherwise cancelled waiting for a yes.
          npm_config_yes: 'true',
        },
      },
    );
    if (result.status !== 0 || !existsSync(codeServerEntry(staging))) {
      throw new MissingRequirement(
        `npm install code-server@${CODE_SERVER_VERSION} failed (status ${result.status ?? result.signal}); see its output above`,
      );
    }
    try {
      renameSync(staging, folder);
    } catch (error) {
      // Another run finished the same install first: use that one.
      if (!existsSync(codeServerEntry(folder))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(temporary, { recursive: true, force: true });
  }
}

/** Installs what is missing (or throws MissingRequirement saying exactly what) and returns where it is. */
export function ensureWorkbench(log: Log): Workbench {
  if (process.platform !== 'linux') {
    throw new MissingRequirement(`the browser workbench is set up for Debian/Linux only, not ${process.platform}`);
  }
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (process.env.CHROMIUM_PATH && !existsSync(chromium)) {
    throw new MissingRequirement(`CHROMIUM_PATH=${chromium} does not exist`);
  }
  ensureDebianPackages(log);
  const folder = codeServerFolder();
  if (!existsSync(codeServerEntry(folder))) installCodeServer(folder, log);
  return { codeServerEntry: codeServerEntry(folder), chromium };
}
