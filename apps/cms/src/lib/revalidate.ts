import { env } from '../env';

/** Tell the web app which cache tags a change touched; it re-renders those pages on next request. */
export async function revalidateWeb(tags: string[], log: { warn: (m: string) => void }): Promise<void> {
  const e = env();
  const what = tags.length > 3 ? `${tags.slice(0, 3).join(',')} and ${tags.length - 3} more tags` : tags.join(',');
  try {
    const res = await fetch(new URL('/api/revalidate', e.WEB_URL), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${e.REVALIDATE_SECRET}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!res.ok) log.warn(`revalidate ${what}: web answered ${res.status}`);
  } catch (err) {
    log.warn(`revalidate ${what}: web not reachable (${(err as Error).message})`);
  }
}

/** Cache tags: one per content type, one per document. The web fetcher uses the same names. */
export function tagsFor(type: string, documentIds: string[]): string[] {
  return [type, ...documentIds.map((id) => `${type}:${id}`)];
}
