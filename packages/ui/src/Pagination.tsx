export interface PaginationProps {
  page: number;
  pageCount: number;
  /** Builds the link for a page number; keeps the rest of the query in the URL. */
  hrefFor: (page: number) => string;
  labels: { nav: string; previous: string; next: string; page: (n: number) => string };
}

/** Server-rendered links, so paging works without JavaScript. */
export function Pagination({ page, pageCount, hrefFor, labels }: PaginationProps) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (n) => n === 1 || n === pageCount || Math.abs(n - page) <= 2,
  );
  const link = 'inline-block min-w-10 border-2 border-primary px-3 py-1 text-center text-primary underline-offset-4 hover:underline';
  return (
    <nav aria-label={labels.nav} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <a className={link} href={hrefFor(page - 1)} rel="prev">
              {labels.previous}
            </a>
          </li>
        ) : null}
        {pages.map((n, i) => (
          <li key={n} className="flex items-center gap-2">
            {i > 0 && n - (pages[i - 1] ?? n) > 1 ? <span aria-hidden="true">…</span> : null}
            {n === page ? (
              <a aria-current="page" aria-label={labels.page(n)} href={hrefFor(n)} className={`${link} bg-primary text-white`}>
                {n}
              </a>
            ) : (
              <a aria-label={labels.page(n)} href={hrefFor(n)} className={link}>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <a className={link} href={hrefFor(page + 1)} rel="next">
              {labels.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
