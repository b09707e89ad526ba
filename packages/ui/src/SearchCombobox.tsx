'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchFormProps } from './SearchForm.js';

export interface Suggestion {
  title: string;
  url: string;
  /** Kind of result, read out after the title ("Leistung", "Nachricht"). */
  kind: string;
}

export interface SearchComboboxProps extends SearchFormProps {
  /** GET endpoint answering `{ suggestions: [{ type, title, url }] }` for `?q=&locale=`. */
  suggestUrl: string;
  locale: string;
  kindLabels: Record<string, string>;
  /** "{n} Vorschläge": read to screen readers when the list changes (a string: server props). */
  countLabel: string;
  listLabel: string;
}

/**
 * The header search with suggestions: the WAI-ARIA 1.2 combobox pattern (editable, list
 * autocomplete). Arrow keys move through the list without leaving the field, Enter opens the
 * highlighted suggestion or submits the search, Escape closes the list (and then clears the
 * field). Without JavaScript it is the plain GET form it renders on the server.
 */
export function SearchCombobox({ action, label, buttonLabel, placeholder, defaultValue, id = 'search', suggestUrl, locale, kindLabels, countLabel, listLabel }: SearchComboboxProps) {
  const listId = `${useId()}-list`;
  const [value, setValue] = useState(defaultValue ?? '');
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = value.trim();
    if (q.length < 2) {
      setItems([]);
      setOpen(false);
      return;
    }
    const controller = new AbortController();
    // Wait for a pause in typing; a newer keystroke aborts the older request.
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`${suggestUrl}?${new URLSearchParams({ q, locale })}`, { signal: controller.signal });
        if (!res.ok) return;
        const body = (await res.json()) as { suggestions?: { type: string; title: string; url: string }[] };
        const next = (body.suggestions ?? []).map((s) => ({ title: s.title, url: s.url, kind: kindLabels[s.type] ?? s.type }));
        setItems(next);
        setActive(-1);
        setOpen(next.length > 0 && document.activeElement === inputRef.current);
        setAnnouncement(countLabel.replace('{n}', String(next.length)));
      } catch {
        // Aborted or offline: the form still submits.
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value, suggestUrl, locale, kindLabels, countLabel]);

  const go = (s: Suggestion) => {
    window.location.assign(s.url);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      if (!items.length) return;
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % items.length);
    } else if (e.key === 'ArrowUp') {
      if (!items.length) return;
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? items.length - 1 : i - 1));
    } else if (e.key === 'Enter' && open && active >= 0 && items[active]) {
      e.preventDefault();
      go(items[active]);
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        e.preventDefault();
        setValue('');
      }
    } else if (e.key === 'Tab') {
      setOpen(false);
    }
  };

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <form role="search" action={action} method="get" className="relative flex items-end gap-2">
      <div className="relative flex flex-col">
        <label htmlFor={`${id}-q`} className="sr-only">
          {label}
        </label>
        <input
          ref={inputRef}
          id={`${id}-q`}
          name="q"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          placeholder={placeholder}
          maxLength={200}
          autoComplete="off"
          className="w-56 rounded-none border-2 border-ink bg-white px-3 py-2 focus:outline-3 focus:outline-offset-0 focus:outline-focus"
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={listLabel}
          hidden={!open || !items.length}
          className="absolute top-full left-0 z-20 mt-1 w-96 max-w-[90vw] border-2 border-ink bg-white shadow-lg"
        >
          {items.map((s, i) => (
            <li
              key={`${s.url}-${i}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                // Keep focus in the field; the click opens the suggestion.
                e.preventDefault();
                go(s);
              }}
              className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-primary text-white' : 'text-ink hover:bg-surface'}`}
            >
              <span className="font-semibold">{s.title}</span> <span className={i === active ? 'text-white' : 'text-muted'}>· {s.kind}</span>
            </li>
          ))}
        </ul>
      </div>
      <button
        type="submit"
        className="border-2 border-primary bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark focus:outline-3 focus:outline-offset-2 focus:outline-focus"
      >
        {buttonLabel}
      </button>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </form>
  );
}
