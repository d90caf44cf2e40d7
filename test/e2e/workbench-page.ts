/**
 * Drives a VS Code workbench page as a user does (keyboard, commands, clicks)
 * and reads back what it shows. Selectors are those of VS Code 1.100 (the one
 * in code-server 4.100.3); see ../shared/docs/E2E.md. Every wait is bounded by
 * the page's default timeout.
 */
import type { Locator, Page } from 'playwright-core';
import { waitFor } from '../helpers/wait-for';

export type Severity = 'error' | 'warning' | 'info';

/** One row of the Problems panel, as shown. */
export interface ProblemRow {
  /** The file row it is listed under. */
  file: string;
  severity: Severity;
  message: string;
  /** `notice`, for our findings. */
  source: string;
  /** The rule id. */
  code: string;
  /** 1-based, as the row's `[Ln, Col]` shows. */
  line: number;
  column: number;
}

/** One row of the Outline view. */
export interface OutlineRow {
  label: string;
  /** 1 for top-level symbols. */
  level: number;
  /** Whether it has children (collapsed or expanded). */
  collapsible: boolean;
  expanded: boolean;
}

/** What `readList` takes from a rendered list row; the fields a kind of row lacks are undefined. */
interface ListRow {
  index: number;
  last: boolean;
  level: number;
  /** `aria-expanded`: null for a row without children. */
  expanded: string | null;
  label?: string;
  icon?: string;
  message?: string;
  source?: string;
  code?: string;
  position?: string;
}

/** Waits longer than this mean the workbench or the extension is broken, not slow. */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** Upper bound on rows read from one virtualised list; far more than any notice produces. */
const MAX_LIST_ROWS = 5_000;

const EDITOR = '.editor-instance .monaco-editor';
const QUICK_INPUT_ROW = '.quick-input-widget .quick-input-list .monaco-list-row';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class WorkbenchPage {
  constructor(readonly page: Page) {
    page.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
  }

  /** Loads the workbench at `url` and waits until the Explorer lists the folder. */
  async load(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  }

  /** Reloads the window (as Developer: Reload Window does) and waits for the Explorer again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  }

  /** Installs a .vsix with the Extensions: Install from VSIX… command, typing its path into the file dialog. */
  async installExtensionFromVsix(path: string): Promise<void> {
    await this.runCommand('Extensions: Install from VSIX...');
    await this.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Install from VSIX' }).waitFor();
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    // The dialog fills in its starting folder when ready; a path typed before that would be overwritten.
    await this.waitFor('the file dialog’s starting folder', async () => ((await input.inputValue()).endsWith('/') ? true : undefined));
    // As a user does: go to the folder, then type the file's name (the dialog completes and re-lists as it goes).
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    await input.fill(folder);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: path.slice(folder.length) }).first().waitFor();
    await this.page.keyboard.type(path.slice(folder.length), { delay: 20 });
    await this.waitFor(`the file dialog showing ${path}`, async () => ((await input.inputValue()) === path ? true : undefined));
    await this.page.locator('.quick-input-widget .monaco-button', { hasText: /^Install$/ }).click();
    await this.page.locator('.notifications-toasts', { hasText: 'Completed installing extension' }).waitFor({ timeout: 60_000 });
  }

  /** Polls `probe` until it returns something other than undefined, at most `timeoutMs`. */
  waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    return waitFor(what, probe, timeoutMs);
  }

  /** Runs a command from the Command Palette by its exact label. */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.fill(`>${label}`);
    const row = this.page.locator(QUICK_INPUT_ROW, {
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
    });
    await row.first().click();
    // The command may open a quick input of its own, so wait for the row to go rather than the widget.
    await row.first().waitFor({ state: 'hidden' });
  }

  /** Opens a workspace file with Quick Open and waits until its editor is active. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.page.locator('.quick-input-widget .quick-input-box input').fill(name);
    const row = this.page.locator(QUICK_INPUT_ROW, { has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
    await row.first().click();
    await this.page.locator(`.tab.active[data-resource-name="${name}"]`).waitFor();
    await this.page.locator(`${EDITOR} .view-lines`).first().waitFor();
    await this.focusEditor();
  }

  async closeAllEditors(): Promise<void> {
    await this.runCommand('View: Close All Editors');
    await this.page.locator('.tab').first().waitFor({ state: 'detached' });
  }

  /** Moves the keyboard focus into the active editor without moving its cursor. */
  async focusEditor(): Promise<void> {
    await this.page.keyboard.press('Control+1');
    await this.page.locator(`${EDITOR}.focused`).waitFor();
  }

  /** Waits until the status bar shows `expected` as the language mode. */
  async waitForLanguageMode(expected: string): Promise<void> {
    await this.page.locator('[id="status.editor.mode"]', { hasText: expected }).waitFor();
  }

  /** The cursor position the status bar shows (1-based). */
  async cursor(): Promise<{ line: number; column: number }> {
    const text = await this.page.locator('[id="status.editor.selection"]').innerText();
    const match = /Ln (\d+), Col (\d+)/.exec(text);
    if (!match) throw new Error(`unexpected cursor status “${text}”`);
    return { line: Number(match[1]), column: Number(match[2]) };
  }

  /** Puts the cursor at the start of `line` (1-based), or at `column` of it, with Go to Line. */
  async goToLine(line: number, column = 1): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    await this.page.locator('.quick-input-widget .quick-input-box input').fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.waitFor(`the cursor at ${line}:${column}`, async () => {
      const cursor = await this.cursor();
      return cursor.line === line && cursor.column === column ? true : undefined;
    });
  }

  /** Extends the selection from the cursor by `count` characters to the right, as Shift+→ does. */
  async selectCharacters(count: number): Promise<void> {
    const selected = async () => Number(/\((\d+) selected\)/.exec(await this.page.locator('[id="status.editor.selection"]').innerText())?.[1] ?? 0);
    // Each press is checked in the status bar: a key pressed while the editor is busy can be dropped.
    for (let press = 0; press < 2 * count && (await selected()) < count; press++) {
      const before = await selected();
      await this.page.keyboard.press('Shift+ArrowRight');
      await this.waitFor('the selection to grow', async () => ((await selected()) > before ? true : undefined), 2_000).catch(() => undefined);
    }
    if ((await selected()) !== count) throw new Error(`could not select ${count} characters`);
  }

  /** The text of the editor lines currently rendered, keyed by their line number. */
  async renderedLines(): Promise<Map<number, string>> {
    const numbers = await this.page.locator(`${EDITOR} .margin-view-overlays .line-numbers`).evaluateAll((elements) =>
      elements.map((element) => ({ top: parseFloat(element.parentElement.style.top), text: element.textContent ?? '' })),
    );
    const lines = await this.page.locator(`${EDITOR} .view-lines .view-line`).evaluateAll((elements) =>
      elements.map((element) => ({ top: parseFloat(element.style.top), text: (element.textContent ?? '').replace(/\u00a0/g, ' ') })),
    );
    const byTop = new Map(lines.map((line) => [line.top, line.text]));
    const rendered = new Map<number, string>();
    for (const number of numbers) {
      const text = byTop.get(number.top);
      if (text !== undefined && number.text.trim() !== '') rendered.set(Number(number.text), text);
    }
    return rendered;
  }

  /** The squiggles drawn under the cursor (in its wrapped line segment, spanning its column), with where they are on the page. */
  private async squigglesUnderCursor(): Promise<{ severity: Severity; x: number; y: number }[]> {
    return this.page.locator(EDITOR).first().evaluate((editor) => {
      const cursor = editor.querySelector('.cursors-layer .cursor');
      if (!cursor) return [];
      const top = parseFloat(cursor.style.top);
      const left = parseFloat(cursor.style.left);
      const found: { severity: Severity; x: number; y: number }[] = [];
      for (const line of editor.querySelectorAll('.view-overlays > div')) {
        if (Math.abs(parseFloat(line.style.top) - top) > 1) continue;
        for (const squiggle of line.querySelectorAll('[class*="squiggly-"]')) {
          const start = parseFloat(squiggle.style.left);
          const end = start + parseFloat(squiggle.style.width);
          const severity = (['error', 'warning', 'info'] as const).find((name) => squiggle.classList.contains(`squiggly-${name}`));
          if (!severity || left < start - 1 || left > end + 1) continue;
          const box = squiggle.getBoundingClientRect();
          found.push({ severity, x: box.x + Math.min(box.width / 2, 8), y: box.y + box.height / 2 });
        }
      }
      return found;
    });
  }

  /** The severities of the squiggles drawn under the cursor. */
  async squigglesAtCursor(): Promise<Severity[]> {
    return (await this.squigglesUnderCursor()).map((squiggle) => squiggle.severity);
  }

  /** Rests the mouse on the squiggle under the cursor and returns the text of the hover that opens. */
  async hoverSquiggleAtCursor(): Promise<string> {
    await this.page.locator('.monaco-editor-overlaymessage').waitFor({ state: 'hidden' });
    const [squiggle] = await this.squigglesUnderCursor();
    if (!squiggle) throw new Error('no squiggle under the cursor');
    await this.page.mouse.move(squiggle.x, squiggle.y);
    const hover = this.page.locator('.monaco-hover:not(.hidden) .hover-contents').first();
    await hover.waitFor();
    // Let it finish fading in, for the screenshot.
    await this.page.waitForTimeout(500);
    return hover.innerText();
  }

  /**
   * Reads every row of a virtualised list by scrolling it from top to bottom.
   * Each step reads the rendered rows in one go, so a row recycled by the list
   * meanwhile cannot mix two entries.
   */
  private async readList(list: Locator): Promise<ListRow[]> {
    // The list's own rows; the sticky headers a tree pins at its top repeat some of them.
    const rendered = list.locator('.monaco-list-rows > .monaco-list-row');
    await list.hover({ timeout: 2_000 });
    await this.scrollListToTop(rendered);
    const rows = new Map<number, ListRow>();
    for (let stalled = 0; rows.size < MAX_LIST_ROWS && stalled < 3; ) {
      const before = rows.size;
      const visible = await rendered.evaluateAll((elements) =>
        elements.map((element) => {
          const text = (selector: string) => element.querySelector(selector)?.textContent?.trim();
          return {
            index: Number(element.getAttribute('data-index')),
            last: element.getAttribute('data-last-element') === 'true',
            level: Number(element.getAttribute('aria-level')),
            expanded: element.getAttribute('aria-expanded'),
            label: text('.label-name'),
            icon: element.querySelector('.marker-icon')?.getAttribute('class') ?? undefined,
            message: text('.marker-message'),
            source: text('.marker-source'),
            code: text('.marker-code'),
            position: text('.marker-line'),
          };
        }),
      );
      for (const row of visible) rows.set(row.index, row);
      if (visible.some((row) => row.last)) break;
      stalled = rows.size === before ? stalled + 1 : 0;
      await this.page.mouse.wheel(0, 300);
      await this.page.waitForTimeout(100);
    }
    // Leave the list as a user would find it.
    await this.scrollListToTop(rendered);
    return [...rows.values()].sort((a, b) => a.index - b.index);
  }

  /** Scrolls the list under the mouse up until its first row is rendered. */
  private async scrollListToTop(rendered: Locator): Promise<void> {
    for (let step = 0; step < MAX_LIST_ROWS / 50; step++) {
      if ((await rendered.first().getAttribute('data-index')) === '0') return;
      await this.page.mouse.wheel(0, -2_000);
      await this.page.waitForTimeout(50);
    }
  }

  /** Opens the Problems panel. */
  async showProblems(): Promise<void> {
    await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    await this.page.locator('.markers-panel').waitFor();
  }

  /** Every row of the Problems panel (which must be showing), file by file. */
  async problems(): Promise<ProblemRow[]> {
    // With no problems the panel hides its list and shows a message instead.
    const list = this.page.locator('.markers-panel .monaco-list').first();
    if (!(await list.isVisible())) return [];
    const problems: ProblemRow[] = [];
    let file = '';
    for (const row of await this.readList(list)) {
      if (row.level === 1) {
        file = row.label ?? '';
        continue;
      }
      const position = /Ln (\d+), Col (\d+)/.exec(row.position ?? '');
      const iconClasses = (row.icon ?? '').split(/\s+/);
      problems.push({
        file,
        severity: (['error', 'warning', 'info'] as const).find((severity) => iconClasses.includes(severity)) ?? 'info',
        message: row.message ?? '',
        source: row.source ?? '',
        code: row.code ?? '',
        line: Number(position?.[1]),
        column: Number(position?.[2]),
      });
    }
    return problems;
  }

  /** Waits until the Problems panel's rows for `file` satisfy `accept`, and returns them. */
  async waitForProblems(file: string, what: string, accept: (rows: ProblemRow[]) => boolean): Promise<ProblemRow[]> {
    let last: ProblemRow[] = [];
    let failure = '';
    try {
      return await this.waitFor(`Problems for ${file}: ${what}`, async () => {
        try {
          last = (await this.problems()).filter((row) => row.file === file);
        } catch (error) {
          // The panel re-renders as diagnostics arrive; a read that met it half-way is simply tried again.
          failure = (error as Error).message.split('\n')[0];
          return undefined;
        }
        return accept(last) ? last : undefined;
      });
    } catch (error) {
      const shown = last.map((row) => JSON.stringify(row)).join('\n');
      throw new Error(`${(error as Error).message}; the panel shows:\n${shown}${failure ? `\n(last read failed: ${failure})` : ''}`);
    }
  }

  /** Collapses the Explorer's folder section, leaving the room to the Outline and Timeline sections. */
  async collapseExplorerFolders(): Promise<void> {
    const header = this.page.locator('.explorer-viewlet .pane-header').first();
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
  }

  /** Shows the Outline view for the active editor and waits for its first row. */
  async showOutline(): Promise<void> {
    await this.runCommand('Explorer: Focus on Outline View');
    await this.page.locator('.outline-pane .monaco-list-row').first().waitFor();
  }

  /** Every row of the Outline view (which must be showing), in order. */
  async outline(): Promise<OutlineRow[]> {
    return (await this.readList(this.page.locator('.outline-pane .monaco-list').first())).map((row) => ({
      label: row.label ?? '',
      level: row.level,
      collapsible: row.expanded !== null,
      expanded: row.expanded === 'true',
    }));
  }

  /** Clicks the Outline row labelled `label`, scrolling the Outline down to it first. */
  async clickOutlineRow(label: string): Promise<void> {
    const list = this.page.locator('.outline-pane .monaco-list').first();
    const row = list.locator('.monaco-list-rows > .monaco-list-row', {
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
    });
    await list.hover();
    await this.scrollListToTop(list.locator('.monaco-list-rows > .monaco-list-row'));
    for (let step = 0; step < MAX_LIST_ROWS / 10 && !(await row.first().isVisible()); step++) {
      await this.page.mouse.wheel(0, 100);
      await this.page.waitForTimeout(50);
    }
    await row.first().click();
  }

  /** Opens the suggestion widget and returns its rows' labels once it lists `expected`. */
  async suggestions(expected: string): Promise<string[]> {
    await this.page.keyboard.press('Control+Space');
    const rows = this.page.locator('.editor-widget.suggest-widget .monaco-list-row');
    await rows.filter({ hasText: expected }).first().waitFor();
    return rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
  }

  /**
   * Opens the Quick Fix menu at the cursor (Ctrl+.) and returns the labels of
   * the actions it offers: none when the editor says none are available.
   */
  async quickFixes(): Promise<string[]> {
    await this.page.keyboard.press('Control+.');
    const menu = this.page.locator('.action-widget');
    const none = this.page.locator('.monaco-editor-overlaymessage', { hasText: /No code actions|No quick fixes/i });
    await this.waitFor('the Quick Fix menu or the “no code actions” message', async () =>
      (await menu.isVisible()) || (await none.isVisible()) ? true : undefined,
    );
    if (!(await menu.isVisible())) return [];
    return menu.locator('.monaco-list-row.action').evaluateAll((elements) =>
      elements.map((element) => (element.textContent ?? '').trim()),
    );
  }

  /** Applies the Quick Fix menu's action labelled `label` (the menu must be open), choosing it with the arrow keys. */
  async applyQuickFix(label: string): Promise<void> {
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    const focused = this.page.locator('.action-widget .monaco-list-row.action.focused');
    const count = await rows.count();
    for (let step = 0; ((await focused.textContent()) ?? '').trim() !== label; step++) {
      if (step > count) throw new Error(`no quick fix “${label}” in the menu`);
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
    await this.page.locator('.action-widget').waitFor({ state: 'hidden' });
  }

  /** Replaces the whole user settings file through its editor (Preferences: Open User Settings (JSON)), saves and closes it. */
  async replaceUserSettings(json: string): Promise<void> {
    await this.runCommand('Preferences: Open User Settings (JSON)');
    await this.page.locator('.tab.active[data-resource-name="settings.json"]').waitFor();
    await this.focusEditor();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.insertText(json);
    // Whatever the editor added after the text (a closing bracket of its own) goes.
    await this.page.keyboard.press('Control+Shift+End');
    await this.page.keyboard.press('Delete');
    await this.save();
    await this.runCommand('View: Close Editor');
  }

  /** Saves the active editor, which must have unsaved changes, and waits until the save is done. */
  async save(): Promise<void> {
    const dirty = this.page.locator('.tab.active.dirty');
    // The tab is marked a moment after an edit; saving before that would go unnoticed here.
    await dirty.waitFor();
    await this.page.keyboard.press('Control+S');
    await dirty.waitFor({ state: 'detached' });
  }
}
