// Writes FILE.gz and FILE.br next to every servable text or Wasm file under DIR, for servers that
// send precompressed files as they are (scripts/serve.mjs, nginx gzip_static/brotli_static,
// most CDNs). Compressing once at build time affords the slowest, smallest settings: zopfli for
// gzip when Debian's `zopfli` is installed (about 5% smaller than gzip -9), else zlib level 9;
// Brotli at quality 11. Files whose .gz and .br are newer than themselves are skipped.
//   node bench/precompress.mjs DIR...
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const EXTENSIONS = new Set(['.js', '.mjs', '.wasm', '.json', '.html', '.css', '.svg', '.ttf', '.txt']);
const hasZopfli = spawnSync('zopfli', ['-h'], { stdio: 'ignore' }).error === undefined;

export const gzipTool = hasZopfli ? 'zopfli' : 'zlib -9';

function gzip(file) {
  if (hasZopfli) {
    const run = spawnSync('zopfli', ['-c', file], { maxBuffer: 1 << 30 });
    if (run.status === 0) return run.stdout;
  }
  return zlib.gzipSync(readFileSync(file), { level: 9 });
}

function brotli(file) {
  const body = readFileSync(file);
  return zlib.brotliCompressSync(body, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
  } });
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (EXTENSIONS.has(path.extname(entry.name))) yield full;
  }
}

const fresh = (packed, source) => {
  try { return statSync(packed).mtimeMs >= statSync(source).mtimeMs; } catch { return false; }
};

export function precompress(dir) {
  let written = 0;
  for (const file of files(dir)) {
    if (!fresh(file + '.gz', file)) { writeFileSync(file + '.gz', gzip(file)); written++; }
    if (!fresh(file + '.br', file)) { writeFileSync(file + '.br', brotli(file)); written++; }
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const dir of process.argv.slice(2)) precompress(dir);
}
