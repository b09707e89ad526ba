export interface ContactCardProps {
  heading: string;
  name: string;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
  labels: { email: string; phone: string };
  headingLevel?: 2 | 3;
}

/** A person or unit to contact; e-mail and phone are links a phone or mail client opens. */
export function ContactCard({ heading, name, role, email, phone, labels, headingLevel = 2 }: ContactCardProps) {
  const H = `h${headingLevel}` as const;
  return (
    <section className="my-8 border-l-8 border-primary bg-surface p-4" aria-label={heading}>
      <H className="mb-2 text-xl font-bold">{heading}</H>
      <p className="font-semibold">{name}</p>
      {role ? <p>{role}</p> : null}
      <ul className="mt-2">
        {email ? (
          <li>
            {labels.email}:{' '}
            <a href={`mailto:${email}`} className="text-primary underline">
              {email}
            </a>
          </li>
        ) : null}
        {phone ? (
          <li>
            {labels.phone}:{' '}
            <a href={`tel:${phone.replace(/[^+0-9]/g, '')}`} className="text-primary underline">
              {phone}
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
