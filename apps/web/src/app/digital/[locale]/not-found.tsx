import { notFoundPage } from '@/components/SitePages';

export default notFoundPage('digital');
