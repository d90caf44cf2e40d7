/**
 * The Outline lists a notice's three top-level parts with their children
 * (expanded), as the analysis core structures them, and clicking an entry
 * moves the cursor to its heading.
 */
import assert from 'node:assert/strict';
import { parse } from '../../../server/src/core';
import { documentSymbols, SymbolKind, type DocumentSymbol } from '../../../server/src/core/features/document-symbols';
import type { Scenario, ScenarioContext, WorkspaceNotice } from '../scenario';

async function assertOutline(context: ScenarioContext, notice: WorkspaceNotice): Promise<void> {
  const { workbench } = context;
  await workbench.openFile(notice.name);
  await workbench.showOutline();
  const symbols = documentSymbols(parse(notice.text));
  const parts = symbols.filter((symbol) => symbol.kind !== SymbolKind.File);
  // Both real notices and our examples have three top-level parts (一、二、三), each with children.
  assert.equal(parts.length, 3, `top-level parts the core finds in ${notice.name}`);

  const rows = await workbench.waitFor(`the Outline of ${notice.name}`, async () => {
    const shown = await workbench.outline();
    return shown.filter((row) => row.level === 1).length === symbols.length ? shown : undefined;
  });
  for (const part of parts) {
    const at = rows.findIndex((row) => row.level === 1 && row.label === part.name);
    assert.ok(at >= 0, `Outline lists “${part.name}”`);
    const expectedChildren = (part.children ?? []).map((child) => child.name);
    assert.equal(rows[at].collapsible, expectedChildren.length > 0, `“${part.name}” has children in the Outline`);
    const children = [];
    for (let next = at + 1; next < rows.length && rows[next].level > 1; next++) {
      if (rows[next].level === 2) children.push(rows[next].label);
    }
    assert.deepEqual(children, expectedChildren, `children of “${part.name}”`);
  }
  context.log(`${notice.name}: Outline ${parts.map((part) => `${part.name} (${part.children?.length ?? 0})`).join(', ')}`);

  // The first child of the last part: far enough down that the cursor must move.
  const target: DocumentSymbol = parts[2].children?.[0] ?? parts[2];
  await workbench.clickOutlineRow(target.name);
  const line = target.selectionRange.start.line + 1;
  await workbench.waitFor(`the cursor on line ${line} after clicking “${target.name}”`, async () =>
    (await workbench.cursor()).line === line ? true : undefined,
  );
  const rendered = await workbench.renderedLines();
  assert.ok(rendered.get(line)?.includes(target.name.slice(0, 4)), `line ${line} shown in the editor`);
}

export const outline: Scenario = {
  name: 'outline',
  title: 'the Outline lists the three top-level parts with their children, and clicking one moves the cursor there',
  async run(context) {
    const notices = context.corpus.length > 0 ? context.corpus : [{ name: 'clean.notice', text: context.workspace.read('clean.notice') }];
    for (const notice of notices) await assertOutline(context, notice);
  },
};
