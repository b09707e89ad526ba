export interface SearchFormProps {
  action: string;
  label: string;
  buttonLabel: string;
  placeholder?: string;
  defaultValue?: string;
  /** Distinguishes several search forms on one page (header and main). */
  id?: string;
  size?: 'default' | 'large';
}

/** A plain GET form: works without JavaScript; enhancement may add suggestions. */
export function SearchForm({ action, label, buttonLabel, placeholder, defaultValue, id = 'search', size = 'default' }: SearchFormProps) {
  const large = size === 'large';
  return (
    <form role="search" action={action} method="get" className="flex items-end gap-2">
      <div className="flex flex-col">
        <label htmlFor={`${id}-q`} className={large ? 'mb-1 text-lg font-semibold' : 'sr-only'}>
          {label}
        </label>
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          defaultValue={defaultValue}
          placeholder={placeholder}
          maxLength={200}
          autoComplete="off"
          className={`rounded-none border-2 border-ink bg-white px-3 ${large ? 'w-full min-w-72 py-3 text-lg' : 'w-56 py-2'} focus:outline-3 focus:outline-offset-0 focus:outline-focus`}
        />
      </div>
      <button
        type="submit"
        className={`border-2 border-primary bg-primary px-4 font-semibold text-white hover:bg-primary-dark focus:outline-3 focus:outline-offset-2 focus:outline-focus ${large ? 'py-3 text-lg' : 'py-2'}`}
      >
        {buttonLabel}
      </button>
    </form>
  );
}
