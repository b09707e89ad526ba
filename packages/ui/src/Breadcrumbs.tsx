export interface Crumb {
  href?: string;
  label: string;
}

/** Where this page sits; the last item is the page itself and carries aria-current. */
export function Breadcrumbs({ label, items }: { label: string; items: Crumb[] }) {
  return (
    <nav aria-label={label} className="mb-6 text-sm print:hidden">
      <ol className="flex flex-wrap gap-x-2 gap-y-1">
        {items.map((c, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${c.label}-${i}`} className="flex items-center gap-2">
              {last || !c.href ? (
                <span aria-current={last ? 'page' : undefined} className="text-muted">
                  {c.label}
                </span>
              ) : (
                <a href={c.href} className="text-primary underline">
                  {c.label}
                </a>
              )}
              {last ? null : (
                <span aria-hidden="true" className="text-muted">
                  ›
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
