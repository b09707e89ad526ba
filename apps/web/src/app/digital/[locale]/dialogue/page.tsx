import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { InboxPage } from '@/components/InboxPage';
import { one } from '@/lib/format';
import { localeParam } from '@/lib/paths';
import { projectBySlug } from '@/lib/projects';

// Each form carries a freshly signed fill-in time.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: 'dialogue' });
  return { title: t('title'), description: t('intro') };
}

export default async function Dialogue({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200).optional().catch(undefined).parse(one((await searchParams).project));
  const project = slug ? await projectBySlug(locale, slug) : null;
  return <InboxPage site="digital" locale={locale} kind="dialogue" project={project && { slug: project.slug, title: project.title }} />;
}
