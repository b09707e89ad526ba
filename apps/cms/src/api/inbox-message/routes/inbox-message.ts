import { factories } from '@strapi/strapi';
export default factories.createCoreRouter('api::inbox-message.inbox-message');
