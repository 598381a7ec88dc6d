// Chromium: Debian's, headless, through playwright-core (no browser download), drawing WebGL2 with
// SwiftShader. The flags are the ones every browser test has used since the first.
import { chromium } from 'playwright-core';
import { alikeMethods } from './alike.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic'];

export const EXECUTABLE = process.env.CHROMIUM || '/usr/bin/chromium';

// `webgl: false`: a browser with no WebGL at all, as on a blocklisted GPU.
export async function launch({ webgl }) {
  // launch() runs Chromium on a fresh, temporary profile of its own.
  const args = [...CHROMIUM_ARGS, ...(webgl ? [] : ['--disable-3d-apis'])];
  const browser = await chromium.launch({ executablePath: EXECUTABLE, headless: true, args });
  return {
    version: browser.version(),
    // `permissions` (e.g. clipboard-write) are granted to every origin of the page's context;
    // `isMobile`: a phone's viewport (the meta viewport tag is read, the page can be zoomed).
    async newPage({ width, height, deviceScaleFactor, hasTouch, permissions = [], isMobile = false }) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, hasTouch, permissions, isMobile });
      const page = await context.newPage();
      return {
        ...alikeMethods(page, String),
        press: (key) => page.keyboard.press(key),
        wheel: (dx, dy) => page.mouse.wheel(dx, dy),
        // Playwright's own page, for what only Chromium can do (CDP, ARIA snapshots, media emulation).
        playwright: page,
        screenshot: (clip) => page.screenshot(clip ? { clip } : {}),
        setViewport: ({ width, height }) => page.setViewportSize({ width, height }),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
