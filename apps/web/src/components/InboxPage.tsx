import type { Locale, Site } from '@dsh/content-model';
import { getTranslations } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { InboxForm } from '@/components/InboxForm';
import { formToken } from '@/lib/form-token';

/** The dialogue form (a question on a project) and the accessibility feedback form. */
export async function InboxPage({ site, locale, kind, project, pageUrl }: { site: Site; locale: Locale; kind: 'dialogue' | 'accessibility'; project?: { slug: string; title: string } | null; pageUrl?: string }) {
  const t = await getTranslations({ locale });
  const ns = kind === 'dialogue' ? 'dialogue' : 'feedback';
  const path = kind === 'dialogue' ? '/dialogue' : '/feedback';
  return (
    <Chrome site={site} locale={locale} current={path} alternatePath={path} breadcrumbs={[{ label: t(`${ns}.title`) }]}>
      <h1 className="text-3xl font-bold">{t(`${ns}.title`)}</h1>
      <p className="mb-4 mt-2 max-w-3xl text-lg">{t(`${ns}.intro`)}</p>
      {project ? <p className="mb-4 max-w-3xl font-semibold">{t('dialogue.about', { title: project.title })}</p> : null}
      <p className="mb-8 max-w-3xl text-muted">{t('forms.notPublished')}</p>
      <InboxForm
        kind={kind}
        language={locale}
        token={formToken()}
        project={project?.slug}
        pageUrl={pageUrl}
        labels={{
          subject: t('forms.subject'),
          subjectHint: t(`${ns}.subjectHint`),
          message: t('forms.message'),
          messageHint: t(`${ns}.messageHint`),
          name: t('forms.name'),
          email: t('forms.email'),
          emailHint: t('forms.emailHint'),
          pageUrl: kind === 'accessibility' ? t('feedback.pageUrl') : undefined,
          optional: t('forms.optional'),
          submit: t('forms.submit'),
          sentTitle: t('forms.sentTitle'),
          sentText: t(`${ns}.sentText`),
          errorTitle: t('forms.errorTitle'),
          honeypot: t('forms.honeypot'),
        }}
      />
    </Chrome>
  );
}
