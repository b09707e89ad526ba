import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Workspace packages ship compiled JS (dist); the CMS needs that too.
  transpilePackages: [],
  // The server talks to Meilisearch over node:http; keep the client out of the edge bundle.
  serverExternalPackages: ['meilisearch'],
};

export default withNextIntl(config);
