import type { StrapiApp } from '@strapi/strapi/admin';
import { Check, Search } from '@strapi/icons';
import { ReviewPanel } from './review/ReviewPanel';

type ContentManagerApis = { addEditViewSidePanel: (panels: (existing: unknown[]) => unknown[]) => void };

export default {
  config: {
    locales: ['de'],
    // The admin would otherwise poll GitHub for release notes; these machines have no internet.
    notifications: { releases: false },
    tutorials: false,
  },
  register(app: StrapiApp) {
    app.addMenuLink({
      to: 'review-queue',
      icon: Check,
      intlLabel: { id: 'dsh.review.menu', defaultMessage: 'Freigabe' },
      Component: () => import('./review/QueuePage'),
      permissions: [],
      position: 2,
    });
    app.addMenuLink({
      to: 'search-analytics',
      icon: Search,
      intlLabel: { id: 'dsh.search.menu', defaultMessage: 'Suchanalyse' },
      Component: () => import('./search/AnalyticsPage'),
      permissions: [],
      position: 3,
    });
    app.widgets.register({
      id: 'review-queue',
      icon: Check,
      title: { id: 'dsh.review.widget', defaultMessage: 'Freigabe durch ITD11' },
      component: async () => (await import('./review/QueueWidget')).QueueWidget,
      link: { label: { id: 'dsh.review.widget.link', defaultMessage: 'Zur Warteschlange' }, href: '/review-queue' },
    });
  },
  bootstrap(app: StrapiApp) {
    const cm = app.getPlugin('content-manager') as unknown as { apis: ContentManagerApis };
    // The review box sits first in the edit view's side panels, above Strapi's own.
    cm.apis.addEditViewSidePanel((existing) => [ReviewPanel, ...existing]);
  },
};
