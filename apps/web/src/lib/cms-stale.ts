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

/** Whether a failed CMS request may be answered from the last good copy. */
export const cmsUnavailable = (status: number | undefined) => status === undefined || status >= 500;

export const lastGoodCmsAnswers = new LastGoodAnswers();
