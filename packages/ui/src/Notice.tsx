export interface NoticeProps {
  tone?: 'info' | 'success' | 'error';
  title?: string;
  children: React.ReactNode;
  /** Set for a message that appears after an action, so screen readers announce it. */
  live?: boolean;
  id?: string;
}

const tones = {
  info: 'border-primary bg-surface',
  success: 'border-success bg-[#e6f4ec]',
  error: 'border-error bg-[#fbe9eb]',
} as const;

/** A boxed message: information, a confirmation, or what went wrong and how to fix it. */
export function Notice({ tone = 'info', title, children, live, id }: NoticeProps) {
  return (
    <div id={id} role={live ? (tone === 'error' ? 'alert' : 'status') : undefined} tabIndex={live ? -1 : undefined} className={`my-6 border-l-8 p-4 ${tones[tone]}`}>
      {title ? <h2 className="mb-2 text-lg font-bold">{title}</h2> : null}
      <div>{children}</div>
    </div>
  );
}
