import { searchPage } from '@/components/SitePages';

// Reads the query string, so it renders per request; the CMS and search answers it uses are
// cached (tagged) underneath.
export const dynamic = 'force-dynamic';

const page = searchPage('service');
export const generateMetadata = page.generateMetadata;
export default page.Search;
