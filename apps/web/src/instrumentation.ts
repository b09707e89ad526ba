// Runs once when the server starts: a bad environment stops it with one message naming every
// variable, instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./env');
    env();
  }
}
