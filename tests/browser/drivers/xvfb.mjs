// One virtual X display for the engines that need a window to have WebGL2 (Firefox, whose own
// headless mode has none, and WebKitGTK), started on first use and shared by every browser of the
// process; stopped when the last one lets go, or when the process exits.
import { spawn } from 'node:child_process';

const SCREEN = '1920x1200x24';  // larger than any viewport the tests ask for
let xvfb = null, users = 0;

// Resolves to the display (":99") once the server accepts clients.
export async function acquireDisplay() {
  users++;
  if (!xvfb) {
    // -displayfd: Xvfb picks a free display and writes its number to fd 3 when it is ready.
    const proc = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', SCREEN, '-nolisten', 'tcp', '-noreset'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    const display = new Promise((resolve, reject) => {
      let text = '', log = '';
      proc.stdio[3].on('data', (d) => {
        text += d;
        if (text.includes('\n')) resolve(`:${text.trim()}`);
      });
      proc.stderr.on('data', (d) => { log += d; });
      proc.once('error', (e) => reject(new Error(`Xvfb could not start (${e.message}); install the xvfb package`)));
      proc.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${log.trim()}`)));
    });
    xvfb = { proc, display };
    process.once('exit', () => proc.kill());
  }
  try {
    return await xvfb.display;
  } catch (e) {
    users--;
    xvfb = null;
    throw e;
  }
}

export function releaseDisplay() {
  if (--users > 0 || !xvfb) return;
  const { proc } = xvfb;
  xvfb = null;
  proc.stdio[3].destroy();
  proc.stderr.destroy();
  proc.kill();
}

// The environment of a browser drawing on `display` with Mesa's software GL (llvmpipe): the same
// pixels on every machine, GPU or not.
export function displayEnv(display) {
  return { ...process.env, DISPLAY: display, LIBGL_ALWAYS_SOFTWARE: '1' };
}
