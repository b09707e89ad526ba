import sanitizeHtml from 'sanitize-html';

/*
 * The one HTML rule set of the portal: the importers clean catalogue HTML with it before it is
 * stored, and the web app cleans every HTML field with it again before rendering, so neither an
 * importer bug nor an edit in the database can put markup on a page that these rules refuse.
 * Server-only: sanitize-html is not meant for the browser bundle.
 */
export const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

export function httpUrl(href: string): URL | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'ul', 'ol', 'li', 'a', 'h3', 'h4'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Dropped together with their content (the default list plus embedding and markup islands).
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'title', 'head'],
  transformTags: {
    a: (_tag, attribs): sanitizeHtml.Tag => {
      const href = (attribs.href ?? '').replace(INVISIBLE, '').trim();
      if (/^mailto:[^\s]+$/i.test(href)) return { tagName: 'a', attribs: { href } };
      const url = /^https?:\/\//i.test(href) ? httpUrl(href) : undefined;
      // `https://www.hamburg.de@evil.example` reads as hamburg.de and goes elsewhere: an address
      // with user info is no link on a city page.
      if (url && !url.username && !url.password) return { tagName: 'a', attribs: { href, rel: 'noopener noreferrer' } };
      // Relative, javascript:, data:, credential-carrying or missing href: no link (exclusiveFilter keeps its text).
      return { tagName: 'a', attribs: {} };
    },
  },
  // An <a> left without href loses its tags but keeps its text. (Transforming it into a
  // disallowed tag instead trips a sanitize-html bug that mislabels later closing tags.)
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
};

/**
 * Sanitises editorial HTML to the tags the portal renders: p, br, strong, b, em, i, ul, ol, li,
 * a, h3, h4. Links keep only an http(s) or mailto href; absolute ones get rel="noopener
 * noreferrer". Everything else (script, style, iframe, images, on* and style attributes,
 * javascript: URLs) is removed; zero-width characters too. Returns undefined when no text is left.
 */
export function sanitizeServiceHtml(html: string | null | undefined): string | undefined {
  if (!html) return undefined;
  const clean = sanitizeHtml(html.replace(INVISIBLE, ''), SANITIZE)
    .replace(INVISIBLE, '')
    .replace(/\u00a0/g, ' ')
    .trim();
  const text = clean.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '');
  return text ? clean : undefined;
}

