import type { ThemenfeldKey } from '@dsh/content-model';

/** One row that could not be imported, with enough to find and fix it in the source file. */
export interface RowError {
  /** 1-based line (TSV, counting the header as line 1) or array index + 1 (JSON) */
  row: number;
  key?: string;
  message: string;
}

export interface ParseResult<T> {
  records: T[];
  errors: RowError[];
}

export interface LebenslageRecord {
  name: string;
  slug: string;
  themenfeld: ThemenfeldKey;
  audience: 'citizens' | 'businesses';
}

/** A service as an importer hands it to the writer (German texts). */
export interface ServiceRecord {
  leikaKey: string;
  ozgId?: string;
  name: string;
  slug: string;
  themenfeld?: ThemenfeldKey;
  lebenslagen: LebenslageRecord[];
  audience: 'citizens' | 'businesses' | 'both';
  teaser?: string;
  /** Sanitised HTML */
  description?: string;
  /** Sanitised HTML */
  fees?: string;
  legalBasis?: string;
  /** One keyword per line */
  keywords?: string;
  forms: { label: string; url: string }[];
  appointmentUrl?: string;
  onlineService?: { url: string; maturity: number; login: 'servicekonto' | 'none' };
  /** External ids of the locations offering it (LocationRecord.externalId) */
  locations: string[];
  /** Where it came from, e.g. "ozg" or "dldb:1063423" */
  source: string;
}

export interface LocationRecord {
  externalId: string;
  name: string;
  slug: string;
  organisationName?: string;
  street: string;
  postalCode: string;
  city: string;
  district?: string;
  latitude?: number;
  longitude?: number;
  phone?: string;
  email?: string;
  appointmentUrl?: string;
}
