export interface NavLink {
  href: string;
  label: string;
  current?: boolean;
  /** A link to a page in another language names that language. */
  lang?: string;
}

export interface SiteHeaderProps {
  homeHref: string;
  siteName: string;
  /** Short line under the name, e.g. the authority. */
  tagline?: string;
  nav: NavLink[];
  navLabel: string;
  /** Link to the same page in the other language. */
  languageLink?: { href: string; label: string; hrefLang: string; lang: string };
  /** Usually a <SearchForm>: the header search. */
  search?: React.ReactNode;
}

export function SiteHeader({ homeHref, siteName, tagline, nav, navLabel, languageLink, search }: SiteHeaderProps) {
  return (
    <header className="border-b-4 border-primary bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <a href={homeHref} className="group flex flex-col no-underline">
          <span className="text-xl font-bold text-primary group-hover:underline">{siteName}</span>
          {tagline ? <span className="text-sm text-muted">{tagline}</span> : null}
        </a>
        <div className="flex flex-wrap items-center gap-4">
          {search}
          {languageLink ? (
            <a href={languageLink.href} hrefLang={languageLink.hrefLang} lang={languageLink.lang} className="font-semibold text-primary underline">
              {languageLink.label}
            </a>
          ) : null}
        </div>
      </div>
      {nav.length ? (
        <nav aria-label={navLabel} className="bg-primary">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 px-4">
            {nav.map((l) => (
              <li key={l.href}>
                <a
                  href={l.href}
                  aria-current={l.current ? 'page' : undefined}
                  className="inline-block py-3 font-semibold text-white underline-offset-4 hover:underline aria-[current=page]:underline"
                >
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
