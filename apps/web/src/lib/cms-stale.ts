/**
 * The last good answer of each CMS request, kept in memory, for when the CMS cannot be reached.
 *
 * Next's data cache serves a time-stale answer while it refetches in the background, but an
 * answer whose tag a publish revalidated (`revalidateTag(tag, { expire: 0 })`) is gone: the next
 * request fetches blocking, and with the CMS down the page would fail. Readers should rather get
 * the page as it was a moment ago. Only unreachable or failing (5xx) CMS answers fall back; a 4xx
 * or a malformed answer is still an error. Bounded (least recently used goes first), per process:
 * a web app started while the CMS is down has nothing to fall back on.
 */
export class LastGoodAnswers<T = unknown> {
  // Boxed, so an answer that is null (a single type without a published version) is kept too.
  private readonly entries = new Map<string, { value: T }>();

  constructor(private readonly max = 1000) {}

  remember(url: string, value: T): void {
    this.entries.delete(url);
    this.entries.set(url, { value });
    // A Map iterates in insertion order: the first key is the least recently used.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.max) break;
      this.entries.delete(oldest);
    }
  }

  /** The last good answer for this URL, if any; it counts as used. */
  recall(url: string): { value: T } | undefined {
    const box = this.entries.get(url);
    if (box) this.remember(url, box.value);
    return box;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * The key a request's last good answer is kept under: its URL, with the value of every filter on
 * the current time (`filters[end][$gte]`, now rounded to the hour or day) left out. Otherwise an
 * outage that begins just after the clock passed a rounding boundary finds nothing kept.
 */
export function staleKey(url: string, timeFilters: readonly string[]): string {
  if (timeFilters.length === 0) return url;
  const at = url.indexOf('?');
  const params = new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
  for (const key of timeFilters) if (params.has(`filters${key}`)) params.set(`filters${key}`, 'now');
  return `${at < 0 ? url : url.slice(0, at)}?${params}`;
}

/** Whether a failed CMS request may be answered from the last good copy. */
export const cmsUnavailable = (status: number | undefined) => status === undefined || status >= 500;

export const lastGoodCmsAnswers = new LastGoodAnswers();
