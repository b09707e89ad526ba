import { z } from 'zod';

const hosts = z
  .string()
  .transform((s) => s.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[a-z0-9.-]+(:\d+)?$/, 'host names, comma separated')).min(1));

/** Every variable the web app reads, parsed once. */
const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  CMS_URL: z.url(),
  MEILI_URL: z.url(),
  MEILI_SEARCH_KEY: z.string().min(16),
  MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]+$/).default('content'),
  REVALIDATE_SECRET: z.string().min(16),
  PREVIEW_SECRET: z.string().min(16),
  /** Authenticates the form messages this app forwards to the CMS. */
  FORM_SECRET: z.string().min(16),
  SERVICE_HOSTS: hosts.default(['service.localhost']),
  DIGITAL_ORIGIN: z.url().default('http://localhost:3000'),
  SERVICE_ORIGIN: z.url().default('http://service.localhost:3000'),
  CMS_CACHE_SECONDS: z.coerce.number().int().min(1).default(3600),
  /**
   * The shared page and data cache of several replicas (read by cache-handler.mjs; parsed here
   * too so a wrong value stops the start, not the first request). Unset: one process's own cache.
   */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'redis://[user:password@]host:port[/db] or rediss://…' }).optional(),
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, '1 to 64 letters, digits, _ . -').default('dsh-web'),
  /**
   * Searches per client address and minute on /api/search; the header's suggestions get twice
   * as many (one per pause in typing). Generous, since a whole office behind one NAT address is
   * one client; load benchmarks from one address raise it.
   */
  SEARCH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** How long identical searches share one Meilisearch answer; 0 turns the cache off. */
  SEARCH_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(1),
  /** How often the search counts go to the CMS (search analytics); 0 turns counting off. */
  SEARCH_ANALYTICS_SECONDS: z.coerce.number().min(0).max(3600).default(30),
});
export type WebEnv = z.infer<typeof Env>;

function parse(): WebEnv {
  // An empty variable means unset, as in the CMS.
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined && v !== '')));
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new Error(`The web app cannot start; fix these environment variables:\n${lines.join('\n')}`);
}

let cached: WebEnv | undefined;
export function env(): WebEnv {
  return (cached ??= parse());
}
