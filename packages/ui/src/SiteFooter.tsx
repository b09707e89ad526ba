import type { NavLink } from './SiteHeader.js';

export function SiteFooter({ links, label, note }: { links: NavLink[]; label: string; note?: string }) {
  return (
    <footer className="mt-16 border-t border-line bg-surface print:hidden">
      <div className="mx-auto max-w-6xl px-4 py-8">
        <nav aria-label={label}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href} lang={l.lang} hrefLang={l.lang} className="text-primary underline">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {note ? <p className="mt-4 text-sm text-muted">{note}</p> : null}
      </div>
    </footer>
  );
}
