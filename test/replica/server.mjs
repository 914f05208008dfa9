// Replica of the Beijing portal (fw.bjrcgz.gov.cn / www.bjrcgz.gov.cn) for end-to-end tests.
// Serves test/replica/site/ for any Host header and records what the pages submit.
// Usage: `node test/replica/server.mjs [port]`, or `startReplica()` from a test.
import http from 'node:http';
import https from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGES } from './pages.mjs';

const SITE_DIR = fileURLToPath(new URL('./site/', import.meta.url));
const MAX_BODY_BYTES = 5 * 1024 * 1024;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res, status, body, type = 'text/plain; charset=utf-8', extra = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res, status, value) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

/** Maps a URL path to a file under SITE_DIR, or null when it escapes the site. */
function resolveSitePath(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = path.resolve(SITE_DIR, '.' + path.posix.normalize('/' + decoded));
  return file === SITE_DIR.replace(/\/$/, '') || file.startsWith(SITE_DIR) ? file : null;
}

async function serveStatic(req, res, pathname) {
  const file = resolveSitePath(pathname);
  if (!file) return send(res, 400, 'Bad Request');
  let info;
  try {
    info = await stat(file);
  } catch {
    return send(res, 404, 'Not Found');
  }
  if (info.isDirectory()) {
    // Like nginx: /person-platform → /person-platform/ so relative asset paths resolve.
    if (!pathname.endsWith('/')) return send(res, 301, '', undefined, { Location: pathname + '/' });
    return serveStatic(req, res, pathname + 'index.html');
  }
  const body = await readFile(file);
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** /families/: every page of the catalogue (pages.mjs), by markup family, for browsing by hand. */
function familiesIndex(res) {
  const families = [...new Set(PAGES.map((page) => page.family))];
  const sections = families.map((family) => {
    const items = PAGES.filter((page) => page.family === family).map((page) => `<li><a href="${escapeHtml(page.url)}">${escapeHtml(page.id)}</a></li>`);
    return `<h2>${escapeHtml(family)}</h2><ul>${items.join('')}</ul>`;
  });
  send(res, 200, `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>Replica pages</title></head><body><h1>Replica pages</h1>${sections.join('')}</body></html>`, CONTENT_TYPES['.html']);
}

async function submit(req, res, submissions) {
  if (req.method !== 'POST') return sendJson(res, 405, { code: 405, msg: '请求方式错误' });
  let body;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return sendJson(res, 400, { code: 400, msg: '请求数据格式错误' });
  }
  submissions.push(body);
  return sendJson(res, 200, { code: 0, msg: '操作成功', data: { id: submissions.length } });
}

/** Paths answered by code rather than by a file of site/: path → handler(req, res, submissions). */
const ROUTES = {
  '/api/submit': submit,
  '/families/': (req, res) => familiesIndex(res),
};

/**
 * Starts the replica on 127.0.0.1, over https when given a key and certificate (PEM).
 * @param {{ port?: number, tls?: { key: string, cert: string } }} [options] port 0 picks a free one.
 * @returns {Promise<{ port: number, url: (p?: string) => string, close: () => Promise<void>, submissions: unknown[] }>}
 */
export function startReplica({ port = 0, tls } = {}) {
  const submissions = [];
  const handler = async (req, res) => {
    // A proxying browser (Firefox proxy mode) sends absolute URLs; only the path matters here.
    const { pathname } = new URL(req.url ?? '/', 'http://replica.invalid');
    try {
      const route = ROUTES[pathname];
      if (route) return await route(req, res, submissions);
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed');
      await serveStatic(req, res, pathname);
    } catch {
      if (!res.headersSent) send(res, 500, 'Internal Server Error');
      else res.destroy();
    }
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const actualPort = server.address().port;
      resolve({
        port: actualPort,
        url: (p = '/') => `${tls ? 'https' : 'http'}://127.0.0.1:${actualPort}${p.startsWith('/') ? p : '/' + p}`,
        submissions,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const replica = await startReplica({ port: Number(process.argv[2] ?? 0) });
  console.log(replica.url('/'));
  const stop = () => replica.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
