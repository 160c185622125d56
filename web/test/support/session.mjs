// What a browser test file shares: the real API started once for the file (startApi) and a fresh Chromium
// (launchBrowser), both stopped after it; and axe-core's serious and critical violations on a page.
import { join } from 'node:path';
import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { noBrowser } from './pages.mjs';
import { repoRoot, startApi } from './server.mjs';

/** { api, browser } once the file's `before` ran; the browser is missing where there is no Chromium. */
export function useSession(options) {
  const session = {};
  before(async () => {
    session.api = await startApi(options);
    if (!noBrowser) session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    await session.api?.stop();
  });
  return session;
}

/** axe-core on the open dialog, or the page: each serious or critical violation, in a line that says where. */
export async function axeProblems(page, where) {
  await page.addScriptTag({ path: join(repoRoot, 'web', 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document.querySelector('dialog[open]') || document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
