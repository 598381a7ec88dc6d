// The page methods that Playwright (Chromium) and puppeteer (Firefox) spell alike: navigation,
// evaluation, mouse, touch and typing, and the console's messages. `pageError(e)` words an uncaught
// error as Chromium does ("Error: message"); `uncaught(e)` tells an error a script raised from one
// the browser reported itself (Firefox's BiDi log gives both as "javascript" entries: a subresource
// integrity or CSP refusal has no stack), which is kept as a console error, as Chromium reports it.
// Console message types are Playwright's: "error", "warning" (puppeteer's "warn"), "log", "info"...
const TYPES = { warn: 'warning' };

export function alikeMethods(page, pageError, uncaught = () => true) {
  const errors = [], messages = [], thrown = [];
  page.on('console', (m) => {
    const type = TYPES[m.type()] ?? m.type();
    messages.push({ type, text: m.text() });
    if (type === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => {
    errors.push(pageError(e));
    if (uncaught(e)) thrown.push(pageError(e)); else messages.push({ type: 'error', text: pageError(e) });
  });
  return {
    async goto(url) { await page.goto(url); },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    type: (text) => page.keyboard.type(text),
    consoleErrors: () => [...errors],
    consoleMessages: () => messages.map((m) => ({ ...m })),
    pageErrors: () => [...thrown],
  };
}
