export interface ButtonLinkProps {
  href: string;
  children: React.ReactNode;
  variant?: 'primary' | 'secondary';
  /** For downloads (a calendar file, a press image): the browser saves instead of opening. */
  download?: boolean | string;
  external?: boolean;
}

/** A link that looks like a button: for actions that go somewhere (online service, calendar file). */
export function ButtonLink({ href, children, variant = 'primary', download, external }: ButtonLinkProps) {
  const look =
    variant === 'primary'
      ? 'border-primary bg-primary text-white hover:bg-primary-dark'
      : 'border-primary bg-white text-primary hover:bg-surface';
  return (
    <a
      href={href}
      download={download === true ? '' : download || undefined}
      rel={external ? 'noopener' : undefined}
      className={`inline-block border-2 px-4 py-2 font-semibold no-underline ${look}`}
    >
      {children}
    </a>
  );
}
