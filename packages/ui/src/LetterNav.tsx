export interface LetterNavProps {
  label: string;
  letters: string[];
  current?: string;
  hrefFor: (letter: string) => string;
  /** "All" link back to the full list. */
  all?: { href: string; label: string };
}

/** A to Z as links: plain navigation, the chosen letter marked as the current page. */
export function LetterNav({ label, letters, current, hrefFor, all }: LetterNavProps) {
  const box = 'inline-flex min-h-11 min-w-11 items-center justify-center border-2 px-2 font-semibold';
  return (
    <nav aria-label={label} className="mb-8 print:hidden">
      <ul className="flex flex-wrap gap-1">
        {all ? (
          <li>
            <a href={all.href} aria-current={!current ? 'page' : undefined} className={`${box} ${!current ? 'border-primary bg-primary text-white' : 'border-line bg-white text-primary underline'}`}>
              {all.label}
            </a>
          </li>
        ) : null}
        {letters.map((l) => (
          <li key={l}>
            <a href={hrefFor(l)} aria-current={current === l ? 'page' : undefined} className={`${box} ${current === l ? 'border-primary bg-primary text-white' : 'border-line bg-white text-primary underline'}`}>
              {l}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
