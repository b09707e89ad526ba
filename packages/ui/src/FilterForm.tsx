export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterField {
  name: string;
  label: string;
  options: FilterOption[];
  /** The option shown when nothing is chosen, e.g. "Alle Themen". */
  anyLabel: string;
  value?: string;
}

export interface FilterFormProps {
  action: string;
  legend: string;
  fields: FilterField[];
  submitLabel: string;
  /** A plain link back to the unfiltered list, shown when a filter is set. */
  reset?: { href: string; label: string };
  /** Kept as hidden fields, e.g. a search query the filters narrow. */
  hidden?: Record<string, string>;
}

/**
 * Filters as a GET form: they work without JavaScript, and the chosen state lives in the
 * address, so a filtered list can be bookmarked, shared and reloaded.
 */
export function FilterForm({ action, legend, fields, submitLabel, reset, hidden }: FilterFormProps) {
  const active = fields.some((f) => f.value);
  return (
    <form method="get" action={action} className="mb-8 border border-line bg-surface p-4 print:hidden">
      <fieldset>
        <legend className="mb-3 text-lg font-semibold">{legend}</legend>
        {Object.entries(hidden ?? {}).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <div className="flex flex-wrap items-end gap-4">
          {fields.map((f) => (
            <div key={f.name} className="flex flex-col">
              <label htmlFor={`filter-${f.name}`} className="mb-1 font-semibold">
                {f.label}
              </label>
              <select
                id={`filter-${f.name}`}
                name={f.name}
                defaultValue={f.value ?? ''}
                className="min-w-48 border-2 border-ink bg-white px-2 py-2 focus:outline-3 focus:outline-focus"
              >
                <option value="">{f.anyLabel}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="border-2 border-primary bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark">
            {submitLabel}
          </button>
          {active && reset ? (
            <a href={reset.href} className="py-2 text-primary underline">
              {reset.label}
            </a>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
