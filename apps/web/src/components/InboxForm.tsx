'use client';

import { FormField, Notice } from '@dsh/ui';
import { useActionState } from 'react';
import { sendInbox, type InboxState } from '@/app/actions/inbox';

export interface InboxFormProps {
  kind: 'dialogue' | 'accessibility';
  language: string;
  token: string;
  project?: string;
  pageUrl?: string;
  labels: {
    subject: string;
    subjectHint: string;
    message: string;
    messageHint: string;
    name: string;
    email: string;
    emailHint: string;
    pageUrl?: string;
    optional: string;
    submit: string;
    sentTitle: string;
    sentText: string;
    errorTitle: string;
    honeypot: string;
  };
}

/**
 * The form is a plain POST (the pages ship no React runtime: see server/client-runtime.mjs);
 * Next runs the action and renders the page again with its answer, keeping every value the
 * person typed when something has to be fixed. The answer is marked so that the page's
 * enhancement script (server/enhance.js) moves focus to it.
 */
export function InboxForm({ kind, language, token, project, pageUrl, labels }: InboxFormProps) {
  const [state, action, pending] = useActionState<InboxState, FormData>(sendInbox, { status: 'idle' });
  const values = state.status === 'invalid' || state.status === 'refused' ? state.values : {};
  const errors = state.status === 'invalid' ? state.errors : {};
  return (
    <div data-form-answer={state.status === 'idle' ? undefined : ''}>
      {state.status === 'sent' ? (
        <Notice tone="success" title={labels.sentTitle} live>
          {labels.sentText}
        </Notice>
      ) : null}
      {state.status === 'refused' ? (
        <Notice tone="error" title={labels.errorTitle} live>
          {state.message}
        </Notice>
      ) : null}
      {state.status === 'invalid' ? (
        <Notice tone="error" title={labels.errorTitle} live>
          <ul className="list-disc pl-6">
            {Object.entries(errors).map(([field, msg]) => (
              <li key={field}>
                <a className="text-error underline" href={`#field-${field}`}>{msg}</a>
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {state.status === 'sent' ? null : (
        <form action={action} noValidate className="max-w-2xl">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="language" value={language} />
          <input type="hidden" name="token" value={values.token || token} />
          {project ? <input type="hidden" name="project" value={project} /> : null}
          <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
            <label htmlFor="field-website">{labels.honeypot}</label>
            <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
          <FormField name="subject" label={labels.subject} hint={labels.subjectHint} required maxLength={300} defaultValue={values.subject} error={errors.subject} />
          <FormField name="message" type="textarea" label={labels.message} hint={labels.messageHint} required maxLength={5000} defaultValue={values.message} error={errors.message} />
          {labels.pageUrl ? <FormField name="pageUrl" label={labels.pageUrl} optionalLabel={labels.optional} maxLength={2000} defaultValue={values.pageUrl ?? pageUrl} error={errors.pageUrl} /> : null}
          <FormField name="name" label={labels.name} optionalLabel={labels.optional} maxLength={200} autoComplete="name" defaultValue={values.name} error={errors.name} />
          <FormField name="email" type="email" label={labels.email} hint={labels.emailHint} optionalLabel={labels.optional} maxLength={254} autoComplete="email" defaultValue={values.email} error={errors.email} />
          <button type="submit" disabled={pending} className="border-2 border-primary bg-primary px-5 py-3 font-semibold text-white hover:bg-primary-dark disabled:opacity-70">
            {labels.submit}
          </button>
        </form>
      )}
    </div>
  );
}
