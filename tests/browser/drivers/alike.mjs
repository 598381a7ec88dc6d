// The page methods that Playwright (Chromium) and puppeteer (Firefox) spell alike: navigation,
// evaluation, mouse, touch and typing, and the console's errors. `pageError(e)` words an uncaught
// error as Chromium does ("Error: message").
export function alikeMethods(page, pageError) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(pageError(e)));
  return {
    async goto(url) { await page.goto(url); },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    type: (text) => page.keyboard.type(text),
    consoleErrors: () => [...errors],
  };
}
