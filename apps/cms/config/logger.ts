import { createRequire } from 'node:module';
import { env } from '../src/env';
import { currentRequestId } from '../src/middlewares/request-log';

interface Format {
  transform: (info: Record<string, unknown>) => unknown;
}
interface WinstonFormats {
  combine: (...formats: Format[]) => Format;
  timestamp: () => Format;
  errors: (opts: { stack: boolean }) => Format;
  json: () => Format;
}

/**
 * Strapi's own log (winston). In production one JSON object per line, with the request id of
 * the request it belongs to, so it can be collected and joined with the request lines.
 */
export default () => {
  const e = env();
  if (e.logFormat === 'text') return { level: e.STRAPI_LOG_LEVEL };
  // winston comes with Strapi (@strapi/logger), not as a dependency of ours: load the copy
  // Strapi itself runs, so its formats work on Strapi's logger.
  const fromStrapi = createRequire(require.resolve('@strapi/strapi'));
  const { format } = (fromStrapi('@strapi/logger') as { winston: { format: WinstonFormats } }).winston;
  const withRequestId: Format = {
    transform(info) {
      const requestId = currentRequestId();
      return requestId ? Object.assign(info, { requestId }) : info;
    },
  };
  return {
    level: e.STRAPI_LOG_LEVEL,
    format: format.combine(format.errors({ stack: true }), format.timestamp(), withRequestId, format.json()),
  };
};
