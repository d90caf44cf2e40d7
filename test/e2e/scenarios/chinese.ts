/**
 * With VS Code's display language set to Chinese, the language is named in
 * Chinese and the findings are in Chinese. VS Code has a Chinese display
 * language only with a language pack installed; the real one cannot be
 * downloaded here, so a translation-less one from fixtures/ is installed
 * through the Extensions: Install from VSIX… command, as a user would
 * install one offline.
 */
import assert from 'node:assert/strict';
import { waitForCoreFindings, type Scenario } from '../scenario';

const NAME = 'with-mistakes.notice';
const CJK = /[\u4e00-\u9fff]/;

export const chinese: Scenario = {
  name: 'chinese',
  title: 'with the display language set to Chinese, the language name and the findings are in Chinese',
  async run(context) {
    const languagePack = context.packageFixtureExtension('language-pack-zh-cn');
    const workbench = await context.openWorkbench({ locale: 'zh-cn' });
    // The web file dialog now and then drops what is typed into it while it re-lists a folder: one more try.
    await workbench.installExtensionFromVsix(languagePack).catch(async (error: Error) => {
      context.log(`installing the language pack again after: ${error.message.split('\n')[0]}`);
      await workbench.page.keyboard.press('Escape');
      await workbench.installExtensionFromVsix(languagePack);
    });
    // VS Code takes a new display language when the window reloads.
    await workbench.reload();

    await workbench.openFile(NAME);
    await workbench.waitForLanguageMode('整改通报');
    await workbench.showProblems();
    const shown = await waitForCoreFindings(workbench, NAME, context.workspace.read(NAME), { locale: 'zh' });
    assert.ok(shown.length > 0 && shown.every((row) => CJK.test(row.message)), 'every message is in Chinese');
    context.log(`zh-cn: ${shown.length} findings, e.g. “${shown[0].message}”`);
  },
};
