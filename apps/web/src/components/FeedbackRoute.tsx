import type { Metadata } from 'next';
import type { Site } from '@dsh/content-model';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { InboxPage } from '@/components/InboxPage';
import { one } from '@/lib/format';
import { localeParam } from '@/lib/paths';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The accessibility feedback form (BITV 2.0 §7), linked from every page of both sites. */
export function feedbackPage(site: Site) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const t = await getTranslations({ locale: await localeParam(params), namespace: 'feedback' });
    return { title: t('title'), description: t('intro') };
  }
  async function Feedback({ params, searchParams }: Props) {
    const locale = await localeParam(params);
    setRequestLocale(locale);
    const page = z.string().max(2000).optional().catch(undefined).parse(one((await searchParams).page));
    return <InboxPage site={site} locale={locale} kind="accessibility" pageUrl={page} />;
  }
  return { generateMetadata, Feedback };
}
