import { z } from 'zod';

/**
 * Rows read with Strapi's query engine come back untyped: each read names the columns it
 * selected and is parsed here, so a renamed column fails loudly instead of reading undefined.
 */
export const documentIdRow = z.object({ documentId: z.string() });
export const documentIdRows = z.array(documentIdRow);
export const maybeDocumentIdRow = documentIdRow.nullable();
