// What the browser tests share: a test that is skipped (with the reason) where there is no Chromium, and opening
// the map in a new tab that holds an API key the way the key dialog leaves it.
import { test } from 'node:test';
import { browserMissingReason } from './browser.mjs';

export const noBrowser = browserMissingReason();

/** A test that needs the browser: skipped, with the reason, where there is no Chromium (each one counted). */
export function browserTest(name, options, fn) {
  if (typeof options === 'function') return test(name, { skip: noBrowser ?? false }, options);
  return test(name, { ...options, skip: noBrowser ?? options.skip ?? false }, fn);
}

/** A new tab holding this key (none when the API wants none), as the key dialog would leave it. */
export async function newPage(context, key) {
  const page = await context.newPage();
  if (key) await page.addInitScript((k) => sessionStorage.setItem('ci-graph.api-key', k), key);
  return page;
}

/**
 * Opens the map and waits until it is ready (data, analyses and layout). `setup(page)` runs before the page loads
 * (routes, init scripts). Returns { page, pageErrors }.
 */
export async function openMap(context, baseUrl, { key, setup, timeout = 90000 } = {}) {
  const page = await newPage(context, key);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  if (setup) await setup(page);
  await page.goto(baseUrl);
  await page.waitForFunction(() => window.__ciGraph?.ready === true, null, { timeout });
  return { page, pageErrors };
}
