import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const config: NextConfig = {
  poweredByHeader: false,
  // Pages and CMS answers: Next's file-system cache, or with REDIS_URL one Redis shared by every
  // replica (decided when the server starts; see cache-handler.mjs). Next reads the config as
  // CommonJS, where __dirname is this folder.
  cacheHandler: path.join(__dirname, 'cache-handler.mjs'),
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
