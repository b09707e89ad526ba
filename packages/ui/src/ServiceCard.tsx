export interface ServiceCardProps {
  href: string;
  name: string;
  teaser?: string | null;
  /** Shown as a badge when the service can be done online. */
  onlineLabel?: string;
  headingLevel?: 2 | 3;
}

/** One service in a list: its name as the link, what it is, and whether it works online. */
export function ServiceCard({ href, name, teaser, onlineLabel, headingLevel = 2 }: ServiceCardProps) {
  const H = `h${headingLevel}` as const;
  return (
    <div className="border-b border-line py-4">
      <H className="text-lg font-bold">
        <a href={href} className="text-primary underline-offset-4 hover:underline">
          {name}
        </a>
      </H>
      {onlineLabel ? <p className="mt-1 inline-block bg-success px-2 py-0.5 text-sm font-semibold text-white">{onlineLabel}</p> : null}
      {teaser ? <p className="mt-1 max-w-3xl">{teaser}</p> : null}
    </div>
  );
}
