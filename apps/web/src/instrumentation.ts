// Runs once when the server starts: a bad environment stops it with one message naming every
// variable, instead of failing on the first request. Then the search endpoints are offered to
// server.mjs's fast path.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./env');
    env();
    const { registerSearchFastPath } = await import('./lib/search-api');
    registerSearchFastPath();
  }
}
