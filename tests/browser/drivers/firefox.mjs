// Firefox: Debian's firefox-esr through puppeteer-core over WebDriver BiDi. Its own headless mode
// has no WebGL2, so it runs in a window on the shared virtual display, with Mesa's software GL.
import puppeteer from 'puppeteer-core';
import { alikeMethods } from './alike.mjs';
import { acquireDisplay, displayEnv, releaseDisplay } from './xvfb.mjs';

export const EXECUTABLE = process.env.FIREFOX || '/usr/bin/firefox-esr';

// Keys are named as in Playwright ("Shift+Tab", "Space"); puppeteer presses one at a time, and
// over BiDi knows the space bar only as " ".
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);
const BIDI_NAMES = { Space: ' ' };

// `webgl: false`: a browser with no WebGL at all (the webgl.disabled preference).
export async function launch({ webgl }) {
  const display = await acquireDisplay();
  let browser;
  try {
    // puppeteer-core runs Firefox on a fresh, temporary profile of its own.
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: EXECUTABLE, headless: false, env: displayEnv(display),
      extraPrefsFirefox: webgl ? {} : { 'webgl.disabled': true } });
  } catch (e) {
    releaseDisplay();
    throw e;
  }
  return {
    version: (await browser.version()).replace(/^firefox\//, ''),
    async newPage({ width, height, deviceScaleFactor, hasTouch }) {
      // A browser context of its own (a BiDi user context): no storage shared with other pages.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height, deviceScaleFactor, hasTouch });
      return {
        // The message is already "Error: ..." over BiDi; an entry with no stack frame is the
        // browser's own report (an integrity or CSP refusal), not an error a script raised.
        ...alikeMethods(page, (e) => e.message, (e) => String(e.stack).split('\n').length > e.message.split('\n').length),
        async press(key) {
          const parts = key.split(/\+(?!$)/);
          const held = parts.slice(0, -1).filter((k) => MODIFIERS.has(k));
          for (const k of held) await page.keyboard.down(k);
          await page.keyboard.press(BIDI_NAMES[parts.at(-1)] ?? parts.at(-1));
          for (const k of held.reverse()) await page.keyboard.up(k);
        },
        wheel: (dx, dy) => page.mouse.wheel({ deltaX: dx, deltaY: dy }),
        // puppeteer's clip is in document coordinates, the interface's in the viewport's.
        async screenshot(clip) {
          if (!clip) return Buffer.from(await page.screenshot());
          const [left, top] = await page.evaluate(() => [visualViewport.pageLeft, visualViewport.pageTop]);
          return Buffer.from(await page.screenshot({ clip: { ...clip, x: clip.x + left, y: clip.y + top } }));
        },
        setViewport: ({ width, height }) => page.setViewport({ width, height, deviceScaleFactor, hasTouch }),
        close: () => context.close(),
      };
    },
    async close() {
      try { await browser.close(); } finally { releaseDisplay(); }
    },
  };
}
