import type { Core } from '@strapi/strapi';
import { mediaGate } from '../lib/review/media';

/** On every write route of the media library (see lib/review/media.ts). */
export default (ctx: Parameters<typeof mediaGate>[1], _config: unknown, { strapi }: { strapi: Core.Strapi }) => mediaGate(strapi, ctx);
