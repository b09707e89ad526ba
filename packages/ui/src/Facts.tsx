export interface Fact {
  term: string;
  value: React.ReactNode;
}

/** Key facts of a page (status, dates, place) as a description list. */
export function Facts({ items, label }: { items: Fact[]; label?: string }) {
  return (
    <dl aria-label={label} className="my-6 grid gap-x-6 gap-y-2 border-y border-line py-4 sm:grid-cols-[max-content_1fr]">
      {items.map((f) => (
        <div key={f.term} className="contents">
          <dt className="font-semibold">{f.term}</dt>
          <dd className="mb-2 sm:mb-0">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
