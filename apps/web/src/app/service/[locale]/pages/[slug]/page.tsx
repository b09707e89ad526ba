import type { Metadata } from 'next';
import { cmsPage } from '@/components/CmsPage';

const { generateMetadata: meta, Page } = cmsPage('service');
export const generateStaticParams = () => [];
export const generateMetadata: (p: { params: Promise<{ locale: string; slug: string }> }) => Promise<Metadata> = meta;
export default Page;
