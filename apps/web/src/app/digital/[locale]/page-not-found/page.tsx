import { notFoundRoute } from '@/components/SitePages';

// What server.mjs sends for every 404 of this site (see notFoundRoute).
const page = notFoundRoute('digital');
export const generateMetadata = page.generateMetadata;
export default page.NotFoundRoute;
