import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const config: NextConfig = {
  poweredByHeader: false,
  // server.mjs compresses after it has written each response's CSP nonce, and pages must not
  // be revalidated with a 304: the browser would keep a body whose nonce the new header lacks.
  compress: false,
  generateEtags: false,
  reactStrictMode: true,
  // Workspace packages ship compiled JS (dist); the CMS needs that too.
  transpilePackages: [],
  // The server talks to Meilisearch over node:http; keep the client out of the edge bundle.
  serverExternalPackages: ['meilisearch'],
  experimental: {
    // Tailwind's stylesheet is small and the same on every page: inlined, it stops blocking the
    // first paint (Lighthouse counted the request as the largest render delay).
    inlineCss: true,
  },
};

export default withNextIntl(config);
