import { z } from 'zod';

/**
 * Rows read with Strapi's query engine come back untyped: each read names the columns it
 * selected and is parsed here, so a renamed column fails loudly instead of reading undefined.
 */
export const documentIdRow = z.object({ documentId: z.string() });
export const documentIdRows = z.array(documentIdRow);
export const maybeDocumentIdRow = documentIdRow.nullable();
/** One document as the document service returns it (or null): its fields, each parsed where read. */
export const maybeDocument = z.record(z.string(), z.unknown()).nullable();
