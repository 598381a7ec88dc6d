// Shared by the browser tests: serves build/web on 127.0.0.1, launches Debian's Chromium through
// playwright-core (no browser download), and saves screenshots to build/screenshots for a person
// to look at.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/static-server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB = path.join(ROOT, 'build/web');
export const SHOTS = path.join(ROOT, 'build/screenshots');
export const DOMAIN_IDS = ['migrants-rights', 'whole-of-government', 'partnerships', 'well-being',
  'mobility-crises', 'safe-orderly-migration'];

const CHROMIUM_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic'];

// Starts the server and the browser; returns { url, browser, newPage, close }.
// `serverOptions` go to staticHandler (hooks for fault injection, headers).
export async function start(serverOptions = {}) {
  const { server, url } = await serve(WEB, serverOptions);
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'mgi-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1200, height: 900 },
  });
  const pages = [];
  return {
    url,
    context,
    // A fresh page that fails the test on any page error and records console messages.
    async newPage(options = {}) {
      const page = options.viewport || options.deviceScaleFactor || options.hasTouch || options.isMobile
        ? await (await context.browser()?.newContext?.(options) ?? context).newPage()
        : await context.newPage();
      if (options.viewport) await page.setViewportSize(options.viewport);
      page.consoleMessages = [];
      page.pageErrors = [];
      page.on('console', (m) => page.consoleMessages.push({ type: m.type(), text: m.text() }));
      page.on('pageerror', (e) => page.pageErrors.push(String(e)));
      pages.push(page);
      return page;
    },
    async close() {
      await context.close();
      await new Promise((r) => server.close(r));
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page, name, target = page) {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await target.screenshot({ path: file });
  return file;
}

// Waits for the element's `ready` promise; returns its state().
export async function waitReady(page, selector = 'mgi-wheel') {
  return page.evaluate(async (sel) => {
    const el = document.querySelector(sel);
    await customElements.whenDefined('mgi-wheel');
    await el.ready;
    return el.state();
  }, selector);
}

// Page coordinates of a point inside segment `id` of wheel `index`, from layout().
export async function segmentPoint(page, id, { selector = 'mgi-wheel', wheel = 0, radiusShare = 0.5 } = {}) {
  return page.evaluate(({ sel, id, wheel, radiusShare }) => {
    const el = document.querySelector(sel);
    const w = el.layout().wheels[wheel];
    const s = w.segments.find((x) => x.id === id);
    const mid = ((s.start_deg + s.end_deg) / 2) * Math.PI / 180;
    const r = w.r_inner + (w.r_outer - w.r_inner) * radiusShare;
    const box = el.getBoundingClientRect();
    const scale = el.offsetWidth ? box.width / el.offsetWidth : 1;
    return { x: box.left + (w.cx + r * Math.sin(mid)) * scale, y: box.top + (w.cy - r * Math.cos(mid)) * scale };
  }, { sel: selector, id, wheel, radiusShare });
}

// Text of the findings panel inside the shadow root.
export async function panelText(page, selector = 'mgi-wheel') {
  return page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('[part="panel"]').innerText, selector);
}
