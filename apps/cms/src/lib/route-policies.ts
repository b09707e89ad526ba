import type { Core } from '@strapi/strapi';

type Route = { method: string; path: string; handler: unknown; config?: { policies?: unknown[] } };
type Router = { routes?: Route[] };

/**
 * Adds a policy to a plugin's routes before Strapi registers them (call from `register`): the
 * plugin's own route list is changed, so a route it adds in an upgrade gets the policy too when
 * `match` covers it.
 */
export function addPolicy(strapi: Core.Strapi, pluginName: string, match: (route: Route) => boolean, policy: string): void {
  const plugin = strapi.plugin(pluginName) as unknown as { routes: Record<string, Router | ((a: { strapi: Core.Strapi }) => Router)> | Route[] } | undefined;
  if (!plugin) return;
  const apply = (route: Route) => {
    if (match(route)) route.config = { ...route.config, policies: [...(route.config?.policies ?? []), policy] };
  };
  if (Array.isArray(plugin.routes)) {
    plugin.routes.forEach(apply);
    return;
  }
  for (const [key, input] of Object.entries(plugin.routes)) {
    const router = typeof input === 'function' ? input({ strapi }) : input;
    (router.routes ?? []).forEach(apply);
    plugin.routes[key] = router;
  }
}

/**
 * Plugin routes behind the admin login that Strapi leaves open to every admin user, though
 * they are not for Redaktion or ITD11 (see tests/route-inventory.json).
 */
export function restrictPluginRoutes(strapi: Core.Strapi): void {
  // Sends any mail to anyone through the CMS's SMTP account: no screen uses it.
  addPolicy(strapi, 'email', (r) => r.method === 'POST' && r.path === '/', 'global::switched-off');
  // Turns AI translation on or off for the whole CMS; needs only a login in Strapi 5.54.
  addPolicy(strapi, 'i18n', (r) => r.method !== 'GET' && r.path === '/settings', 'global::super-admin-only');
}
