'use client';

import { useEffect } from 'react';
import { errorMessages } from '@/i18n/error-messages';

/**
 * What a reader sees when a page fails (the CMS is unreachable and nothing is cached, say):
 * in the page's language, with a retry and a way home; never a stack trace.
 */
export function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'de';
  const t = errorMessages[lang];
  useEffect(() => {
    document.getElementById('error-title')?.focus();
  }, []);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8" role="alert">
      <h1 id="error-title" tabIndex={-1} className="text-3xl font-bold focus:outline-none">{t.title}</h1>
      <p className="mt-4 text-lg">{t.text}</p>
      <p className="mt-6 flex gap-6">
        <button type="button" onClick={reset} className="border-2 border-primary bg-primary px-4 py-2 font-semibold text-white">{t.retry}</button>
        <a href={lang === 'en' ? '/en' : '/'} className="py-2 font-semibold text-primary underline">{t.home}</a>
      </p>
    </div>
  );
}
