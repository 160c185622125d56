// Headless Chromium from the system (Debian's `chromium` package) driven by playwright-core: the test
// tools' own browser downloads are not available here. CHROMIUM_PATH overrides the executable.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH
  || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
  || '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissingReason() {
  return existsSync(chromiumPath)
    ? null
    : `no Chromium at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`;
}

export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'ci-graph-chromium-'));
  // A fresh profile each run (the persistent-context form is how Playwright takes --user-data-dir).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    viewport: { width: 1600, height: 1000 },
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // sigma.js draws with WebGL; without a GPU Chromium falls back to SwiftShader when allowed.
      '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
