// The portal's pages are sent without React's and Next's client runtime.
//
// Why: every page is complete HTML from the server (content, filters as GET forms, the dialogue
// and feedback forms as POST forms that Next's server actions answer with a new page), and the
// only widget, the header search's suggestions, needs a few lines of plain script. Hydrating
// React and Next's router for that cost every page around 300 ms of main-thread work on a
// mid-range phone (Lighthouse: blocking time, performance 92 instead of 100) and 150 KiB of
// JavaScript. So HTML answers leave this server with Next's scripts removed and the portal's
// own small script (server/enhance.js) in their place. Kept: JSON-LD (data, not code).
//
// Not stripped: answers of status 500 and above, where Next's error boundary (a client
// component) renders the localised error page in the browser. Next's answer to notFound() is
// an empty shell the runtime would fill: server.mjs gives the site's own not-found page instead.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adoptWriteHead, toBuffer } from './security.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));
// Sent without its comments (they explain the file to its readers, not to browsers).
const ENHANCE = fs.readFileSync(path.join(dir, 'enhance.js'), 'utf8').replace(/^\s*\/\/.*\n/gm, '');

// HTML's tokeniser ends a script's text at the first `</script`, whatever it contains, so this
// finds every script element exactly as a browser would (React escapes `<` in text and
// attributes, so a literal `<script` elsewhere cannot occur).
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i;
// Preloads of the scripts that are no longer on the page.
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel\s*=\s*["']?(?:preload|modulepreload)\b)(?=[^>]*(?:\bas\s*=\s*["']?script\b|\bhref\s*=\s*["'][^"']*\.js["'?#]))[^>]*>/gi;

// What the portal's script works on (see enhance.js); a page without either gets no script.
const ENHANCED = /\bdata-(?:combobox|form-answer)\b/;
// Next's answer to notFound(): an empty document the client runtime would fill (vercel/next.js#62228).
const ERROR_SHELL = /^\s*(?:<!DOCTYPE html>)?\s*<html id="__next_error__"/i;

/** The HTML without Next's scripts and, where it has something to enhance, with the portal's script, carrying `nonce`. */
export function stripClientRuntime(html, nonce) {
  const body = html.replace(SCRIPT, (tag, attrs) => (JSON_LD.test(attrs) ? tag : '')).replace(SCRIPT_PRELOAD, '');
  if (!ENHANCED.test(body)) return body;
  const own = `<script nonce="${nonce}">${ENHANCE}</script>`;
  const end = body.lastIndexOf('</body>');
  return end === -1 ? body + own : body.slice(0, end) + own + body.slice(end);
}

/** The response header Link without preloads of scripts. */
export function stripScriptLinks(value) {
  if (value === undefined) return value;
  const parts = (Array.isArray(value) ? value.join(', ') : String(value)).split(/,\s*(?=<)/).filter((p) => !/;\s*as="?script"?/i.test(p) && !/rel="?modulepreload"?/i.test(p));
  return parts.length ? parts.join(', ') : undefined;
}

/**
 * A HEAD answer has no body to strip, and Next's Content-Length is that of the page with its
 * runtime, which the GET does not send: an HTML answer goes without one (RFC 9110 allows it).
 */
function headWithoutLength(res) {
  const writeHead = res.writeHead.bind(res);
  res.writeHead = function headWriteHead(status, ...rest) {
    const message = adoptWriteHead(res, status, rest);
    if (String(res.getHeader('content-type') ?? '').startsWith('text/html')) res.removeHeader('content-length');
    return writeHead(res.statusCode, ...message);
  };
}

/**
 * Wraps a Node response so that HTML answers below 500 are collected and sent stripped (one
 * write, a right Content-Length). Pages are small and already whole when Next answers from its
 * cache; nothing of the portal streams. `nonce` is the one Next rendered with (server.mjs's
 * placeholder, replaced per response further down).
 *
 * @param {{ status?: number, notFoundPage?: (req: import('node:http').IncomingMessage) => Promise<string | undefined> }} [o]
 *   status: sent instead of Next's (an HTML answer only); notFoundPage: the HTML sent with a
 *   404 in place of Next's empty error shell (the shell stays when it yields nothing).
 */
export function withoutClientRuntime(req, res, nonce, { status, notFoundPage } = {}) {
  if (req.method === 'HEAD') return headWithoutLength(res);
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  let chunks;
  const decide = () => {
    if (chunks !== undefined) return chunks;
    const html = String(res.getHeader('content-type') ?? '').startsWith('text/html') && res.statusCode < 500;
    chunks = html ? [] : null;
    if (chunks && status) res.statusCode = status;
    if (chunks && !res.headersSent) {
      res.removeHeader('content-length');
      const link = stripScriptLinks(res.getHeader('link'));
      if (link === undefined) res.removeHeader('link');
      else res.setHeader('link', link);
    }
    return chunks;
  };
  res.writeHead = function patchedWriteHead(status, ...rest) {
    const message = adoptWriteHead(res, status, rest);
    // Held back until the body is known: it goes out with end().
    if (decide()) return res;
    return writeHead(res.statusCode, ...message);
  };
  res.write = function patchedWrite(chunk, encoding, cb) {
    const c = decide();
    if (!c || chunk === undefined || chunk === null) return write(chunk, encoding, cb);
    c.push(toBuffer(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : cb;
    if (done) process.nextTick(done);
    return true;
  };
  res.end = function patchedEnd(chunk, encoding, cb) {
    if (typeof chunk === 'function') return res.end(undefined, undefined, chunk);
    const c = decide();
    if (!c) return end(chunk, encoding, cb);
    if (chunk !== undefined && chunk !== null) c.push(toBuffer(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : cb;
    const send = (page) => {
      const html = stripClientRuntime(page, nonce);
      if (!res.headersSent) res.setHeader('content-length', Buffer.byteLength(html));
      // Node sends the held head through res.writeHead when the body goes out: the real one now.
      res.writeHead = writeHead;
      return end(html, 'utf8', done);
    };
    const page = Buffer.concat(c).toString('utf8');
    if (res.statusCode !== 404 || !notFoundPage || !ERROR_SHELL.test(page)) return send(page);
    notFoundPage(req).then(
      (own) => send(own ?? page),
      () => send(page),
    );
    return res;
  };
}
