/** First focusable element on every page (WCAG 2.4.1 Bypass Blocks); visible when focused. */
export function SkipLink({ href = '#main', children }: { href?: string; children: React.ReactNode }) {
  return (
    <a
      href={href}
      className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:text-primary focus:outline-3 focus:outline-focus"
    >
      {children}
    </a>
  );
}
