/**
 * Folding a part hides its text: with the cursor on a top-level heading, the
 * Fold command leaves the heading shown and hides the lines up to the end of
 * the range the language server gives; Unfold shows them again.
 */
import assert from 'node:assert/strict';
import { parse } from '../../../server/src/core';
import { foldingRanges } from '../../../server/src/core/features/folding-ranges';
import type { Scenario } from '../scenario';

export const folding: Scenario = {
  name: 'folding',
  title: 'folding a part hides its text, unfolding shows it again',
  async run(context) {
    const { workbench, workspace } = context;
    const name = 'clean.notice';
    const document = parse(workspace.read(name));
    // The second top-level part: its body is long and fits the window, so hidden lines would otherwise be rendered.
    const part = document.roots[1];
    const range = foldingRanges(document).find((candidate) => candidate.startLine === part.line);
    assert.ok(range, `a folding range starts at “${part.marker.text}${part.title}”`);
    const heading = range.startLine + 1;
    const last = range.endLine + 1;
    const firstHidden = document.lines.findIndex((line, index) => index > range.startLine && line.trim() !== '') + 1;

    await workbench.openFile(name);
    await workbench.goToLine(heading);
    const before = await workbench.renderedLines();
    assert.ok(before.has(firstHidden), `line ${firstHidden} is shown before folding`);

    await workbench.runCommand('Fold');
    const folded = await workbench.waitFor(`lines ${heading + 1}–${last} hidden`, async () => {
      const rendered = await workbench.renderedLines();
      return rendered.has(firstHidden) ? undefined : rendered;
    });
    assert.ok(folded.get(heading)?.startsWith(part.marker.text), `the heading on line ${heading} stays shown`);
    for (let line = heading + 1; line <= last; line++) assert.ok(!folded.has(line), `line ${line} is hidden`);
    const shownAfter = [...folded.keys()].filter((line) => line > heading).sort((a, b) => a - b)[0];
    assert.equal(shownAfter, last + 1, 'the line after the fold follows the heading');
    context.log(`folded lines ${heading + 1}–${last} under “${part.marker.text}${part.title}”`);
    await context.screenshot('folded');

    await workbench.runCommand('Unfold');
    await workbench.waitFor(`line ${firstHidden} shown again`, async () => ((await workbench.renderedLines()).has(firstHidden) ? true : undefined));
  },
};
