import { factories } from '@strapi/strapi';
export default factories.createCoreService('api::inbox-message.inbox-message');
