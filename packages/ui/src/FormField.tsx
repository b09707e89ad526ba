export interface FormFieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** Shown after the label for optional fields, e.g. "(freiwillig)". */
  optionalLabel?: string;
  type?: 'text' | 'email' | 'textarea';
  defaultValue?: string;
  maxLength?: number;
  autoComplete?: string;
}

/**
 * A labelled input with its hint and error tied to it (aria-describedby), so screen readers
 * read them with the field; the error names what to fix.
 */
export function FormField({ name, label, hint, error, required, optionalLabel, type = 'text', defaultValue, maxLength, autoComplete }: FormFieldProps) {
  const id = `field-${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    required,
    defaultValue,
    maxLength,
    autoComplete,
    'aria-describedby': described,
    'aria-invalid': error ? true : undefined,
    className: `w-full max-w-2xl border-2 ${error ? 'border-error' : 'border-ink'} bg-white px-3 py-2 focus:outline-3 focus:outline-focus`,
  } as const;
  return (
    <div className={`mb-6 ${error ? 'border-l-4 border-error pl-4' : ''}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
        {!required && optionalLabel ? <span className="font-normal"> {optionalLabel}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mb-1 font-semibold text-error">
          {error}
        </p>
      ) : null}
      {type === 'textarea' ? <textarea rows={8} {...common} /> : <input type={type} {...common} />}
    </div>
  );
}
