export interface HeroProps {
  eyebrow?: string;
  title: string;
  text?: string;
  action?: { href: string; label: string };
  /** The page's main heading (h1) or a section heading (h2) below it. */
  headingLevel?: 1 | 2;
}

/** The lead block of a landing page: what it is about and the one thing to do next. */
export function Hero({ eyebrow, title, text, action, headingLevel = 1 }: HeroProps) {
  const H = `h${headingLevel}` as const;
  return (
    <section className="mb-12 bg-primary p-8 text-white print:bg-white print:p-0 print:text-ink">
      {eyebrow ? <p className="mb-2 text-sm font-semibold uppercase tracking-wide">{eyebrow}</p> : null}
      <H className="text-3xl font-bold leading-tight sm:text-4xl">{title}</H>
      {text ? <p className="mt-4 max-w-3xl text-xl">{text}</p> : null}
      {action ? (
        <p className="mt-6">
          <a href={action.href} className="inline-block border-2 border-white bg-white px-5 py-3 font-semibold text-primary hover:bg-surface">
            {action.label}
          </a>
        </p>
      ) : null}
    </section>
  );
}
