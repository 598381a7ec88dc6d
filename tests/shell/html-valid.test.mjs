// Valid HTML (issue 28, item 4): the Nu Html Checker (npm vnu-jar, run by Debian's Java) over
// every page of shell/ as written, the same pages as built into build/web (the demo with its
// fallbacks put in), and the fragments mgi-render --html writes (one profile, two compared, a
// domain selected, in French), each set into the body of a minimal page as a CMS would. Errors
// and warnings both count: what the checker prints is the test's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vnuJar from 'vnu-jar';
import { ROOT } from '../../scripts/release-files.mjs';

const WEB = path.join(ROOT, 'build/web');
const RENDER = path.join(ROOT, 'build/native/mgi-render');
const PROFILES = path.join(ROOT, 'assets/profiles');
const htmlIn = (dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));

// The checker's messages for `files`, as { file, line, type, message } (its JSON output).
function check(files) {
  const run = spawnSync('java', ['-jar', String(vnuJar), '--format', 'json', '--also-check-css', ...files], { encoding: 'utf8' });
  assert.ok(run.status !== null && !run.error, `java -jar vnu.jar did not run: ${run.error?.message ?? run.stderr}`);
  const { messages } = JSON.parse(run.stderr);
  return messages.map((m) => ({ file: path.relative(ROOT, new URL(m.url).pathname), line: m.lastLine, type: m.subType ?? m.type, message: m.message }));
}

function fragmentPage(dir, name, args) {
  const out = path.join(dir, `${name}.fragment.html`);
  execFileSync(RENDER, [...args, '--html', out, '--png', path.join(dir, `${name}.png`)], { stdio: 'pipe' });
  const page = path.join(dir, `${name}.html`);
  writeFileSync(page, `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${name}</title></head>\n<body>\n<h1>${name}</h1>\n${readFileSync(out, 'utf8')}</body></html>\n`);
  return page;
}

test('the shell pages, as written and as built, have no errors or warnings', () => {
  const pages = [...htmlIn(path.join(ROOT, 'shell')), ...htmlIn(WEB)];
  assert.ok(pages.length >= 6, `pages found: ${pages.join(', ')}`);
  assert.deepEqual(check(pages), []);
});

test('the fragments mgi-render --html writes, in a page, have no errors or warnings', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mgi-vnu-'));
  const azerbaijan = path.join(PROFILES, 'azerbaijan-2023.json');
  const balti = path.join(PROFILES, 'balti-2023.json');
  const pages = [
    fragmentPage(dir, 'one', [azerbaijan]),
    fragmentPage(dir, 'compared', [azerbaijan, '--compare', balti]),
    fragmentPage(dir, 'domain-fr', [balti, '--lang', 'fr', '--domain', 'well-being']),
  ];
  // Two fallbacks in one page, as the demo has: each one's styles are its own.
  const two = path.join(dir, 'two.html');
  const body = (f) => readFileSync(f, 'utf8').replace(/^[\s\S]*<\/h1>\n/, '').replace(/<\/body>[\s\S]*$/, '');
  writeFileSync(two, readFileSync(pages[0], 'utf8').replace('</body>', body(pages[2]) + '</body>'));
  assert.deepEqual(check([...pages, two]), []);
});
