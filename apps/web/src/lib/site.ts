import type { Site } from '@dsh/content-model';

/** The service directory answers on the hosts in SERVICE_HOSTS; every other host gets Digitale Stadt Hamburg. */
export function siteForHost(host: string | null, serviceHosts: readonly string[]): Site {
  if (!host) return 'digital';
  const name = host.toLowerCase();
  const bare = name.replace(/:\d+$/, '');
  return serviceHosts.some((h) => h === name || h === bare) ? 'service' : 'digital';
}
