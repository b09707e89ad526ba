import type { SearchFormProps } from './SearchForm.js';

export interface SearchComboboxProps extends SearchFormProps {
  /** GET endpoint answering `{ suggestions: [{ type, title, url }] }` for `?q=&locale=`. */
  suggestUrl: string;
  locale: string;
  kindLabels: Record<string, string>;
  /** "{n} Vorschläge": read to screen readers when the list changes. */
  countLabel: string;
  listLabel: string;
}

/**
 * The classes of a suggestion, active or not. The options are made in the browser by the
 * page's enhancement script (apps/web/server/enhance.js), which reads them from the form;
 * spelled out here so Tailwind, which scans this folder, generates them.
 */
export const OPTION_CLASSES = {
  option: 'cursor-pointer px-3 py-2 text-ink hover:bg-surface',
  active: 'cursor-pointer px-3 py-2 bg-primary text-white',
  title: 'font-semibold',
  kind: 'text-muted',
  activeKind: 'text-white',
} as const;

/**
 * The header search with suggestions: the WAI-ARIA 1.2 combobox pattern (editable, list
 * autocomplete). Rendered on the server as a plain GET form that works without JavaScript;
 * the page's enhancement script (apps/web/server/enhance.js) adds the suggestions: arrow keys
 * move through the list without leaving the field, Enter opens the highlighted suggestion or
 * submits the search, Escape closes the list (and then clears the field).
 *
 * Why no React in the browser: this is the only widget of the two sites, and shipping React and
 * Next's router for it cost every page its Lighthouse performance score (blocking time).
 */
export function SearchCombobox({ action, label, buttonLabel, placeholder, defaultValue, id = 'search', suggestUrl, locale, kindLabels, countLabel, listLabel }: SearchComboboxProps) {
  const listId = `${id}-list`;
  return (
    <form
      role="search"
      action={action}
      method="get"
      className="relative flex items-end gap-2"
      data-combobox=""
      data-suggest-url={suggestUrl}
      data-locale={locale}
      data-kinds={JSON.stringify(kindLabels)}
      data-count-label={countLabel}
      data-classes={JSON.stringify(OPTION_CLASSES)}
    >
      <div className="relative flex flex-col">
        <label htmlFor={`${id}-q`} className="sr-only">
          {label}
        </label>
        <input
          id={`${id}-q`}
          name="q"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded="false"
          aria-controls={listId}
          defaultValue={defaultValue}
          placeholder={placeholder}
          maxLength={200}
          autoComplete="off"
          className="w-56 rounded-none border-2 border-ink bg-white px-3 py-2 focus:outline-3 focus:outline-offset-0 focus:outline-focus"
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={listLabel}
          hidden
          className="absolute top-full left-0 z-20 mt-1 w-96 max-w-[90vw] border-2 border-ink bg-white shadow-lg"
        />
      </div>
      <button
        type="submit"
        className="border-2 border-primary bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark focus:outline-3 focus:outline-offset-2 focus:outline-focus"
      >
        {buttonLabel}
      </button>
      <p role="status" aria-live="polite" className="sr-only" />
    </form>
  );
}
