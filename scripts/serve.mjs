// A small static file server for the demo and the browser tests: correct MIME types (the .wasm
// as application/wasm, so browsers compile it while it downloads), precompressed .br/.gz files
// when present and accepted, no caching, and loopback only.
//   node scripts/serve.mjs DIR [--port 8080] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.txt': 'text/plain; charset=utf-8',
};

// handler(req, res) for files under `root`. `hooks(req, res)` may answer first (tests inject faults);
// it returns true when it did. `headers` are added to every file response (e.g. a CSP).
export function staticHandler(root, { hooks = null, headers = {} } = {}) {
  const base = path.resolve(root);
  return async (req, res) => {
    try {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);  // hooks' answers too
      if (hooks && await hooks(req, res)) return;
      const url = new URL(req.url, 'http://localhost');
      let rel = decodeURIComponent(url.pathname);
      if (rel.endsWith('/')) rel += 'index.html';
      const file = path.resolve(base, '.' + rel);
      if (file !== base && !file.startsWith(base + path.sep)) { res.writeHead(403).end('forbidden'); return; }
      let stat = await fs.stat(file).catch(() => null);
      if (!stat || !stat.isFile()) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`not found: ${rel}`); return; }
      const head = { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' };
      let body = file;
      const accept = String(req.headers['accept-encoding'] || '');
      for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!accept.includes(enc)) continue;
        const packed = await fs.stat(file + ext).catch(() => null);
        if (packed && packed.isFile()) { body = file + ext; stat = packed; head['Content-Encoding'] = enc; head.Vary = 'Accept-Encoding'; break; }
      }
      head['Content-Length'] = stat.size;
      res.writeHead(200, head);
      if (req.method === 'HEAD') { res.end(); return; }
      createReadStream(body).pipe(res);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  };
}

// Starts a server; resolves to { server, url }. Port 0 picks a free one.
export function serve(root, { port = 0, host = '127.0.0.1', ...options } = {}) {
  const server = createServer(staticHandler(root, options));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : fallback; };
  const port = Number(opt('--port', process.env.PORT || 8080));
  const host = opt('--host', '127.0.0.1');
  const root = args[0] || '.';
  const { url } = await serve(root, { port, host });
  console.log(`mgi-wheel demo: ${url}  (serving ${root}; Ctrl+C stops)`);
}
