export interface TimelineItem {
  date: { iso: string; label: string };
  title: string;
  href?: string;
}

/** Milestones in date order, as an ordered list so their order is announced. */
export function Timeline({ items, label }: { items: TimelineItem[]; label: string }) {
  return (
    <ol aria-label={label} className="my-6 border-l-4 border-primary pl-6">
      {items.map((it, i) => (
        <li key={`${it.date.iso}-${i}`} className="relative mb-4">
          <span aria-hidden="true" className="absolute -left-[2.05rem] top-1.5 h-3 w-3 rounded-full border-2 border-primary bg-white" />
          <time dateTime={it.date.iso} className="block text-sm text-muted">
            {it.date.label}
          </time>
          {it.href ? (
            <a href={it.href} className="font-semibold text-primary underline">
              {it.title}
            </a>
          ) : (
            <span className="font-semibold">{it.title}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
