export interface TeaserProps {
  href: string;
  title: string;
  /** Shown above the title: kind of content, e.g. "Pressemitteilung". */
  eyebrow?: string;
  /** Machine-readable date (YYYY-MM-DD) and its human label. */
  date?: { iso: string; label: string };
  children?: React.ReactNode;
  headingLevel?: 2 | 3;
}

/** A linked summary of a page; the heading carries the link so the list reads well by heading. */
export function Teaser({ href, title, eyebrow, date, children, headingLevel = 3 }: TeaserProps) {
  const H = `h${headingLevel}` as const;
  return (
    <article className="flex flex-col gap-2 border-t-4 border-primary bg-white p-4 shadow-sm">
      {eyebrow || date ? (
        <p className="text-sm text-muted">
          {eyebrow}
          {eyebrow && date ? ' · ' : null}
          {date ? <time dateTime={date.iso}>{date.label}</time> : null}
        </p>
      ) : null}
      <H className="text-lg font-bold leading-snug">
        <a href={href} className="text-primary underline-offset-4 hover:underline">
          {title}
        </a>
      </H>
      {children ? <div className="text-ink">{children}</div> : null}
    </article>
  );
}

export function TeaserList({ children, label }: { children: React.ReactNode; label?: string }) {
  return (
    <ul aria-label={label} className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {Array.isArray(children) ? children.map((c, i) => <li key={i}>{c}</li>) : <li>{children}</li>}
    </ul>
  );
}
