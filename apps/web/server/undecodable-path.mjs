/**
 * Next 16 answers 500 when a dynamic path segment holds a percent-escape that does not decode
 * (`/news/%E0%A4%A`, `/feeds/%zz/news.xml`): its route matcher's decodeURIComponent throws
 * before any route runs (vercel/next.js#92527, fix open as #92557). A segment that does not
 * decode gets its `%` escaped as `%25`, so the route receives the text as written and its own
 * checks answer: the 404 page, or a 400 with a message from an API route.
 * Well-formed addresses and the query string are left exactly as they were.
 * @param {string} url the request target, path and query (`req.url`)
 * @returns {string}
 */
export function escapeUndecodablePath(url) {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  if (!path.includes('%')) return url;
  const fixed = path
    .split('/')
    .map((segment) => {
      try {
        decodeURIComponent(segment);
        return segment;
      } catch {
        return segment.replace(/%/g, '%25');
      }
    })
    .join('/');
  return q === -1 ? fixed : fixed + url.slice(q);
}
