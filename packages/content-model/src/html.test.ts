import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeServiceHtml } from './html.js';

/*
 * The sanitiser decides what the service pages put into innerHTML. These are the classics of
 * the OWASP XSS filter evasion cheat sheet and the usual mutation-XSS tricks; each one sits
 * between two harmless paragraphs, as it would in an imported or edited service text.
 */
const PAYLOADS: Record<string, string> = {
  'script element': '<script>alert(1)</script>',
  'script with src, upper case': '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  'script split by a nested script': '<scr<script>ipt>alert(1)</scr</script>ipt>',
  'double open bracket': '<<script>alert(1);//<</script>',
  'img onerror': '<img src=x onerror=alert(1)>',
  'img with quotes confusion': '<IMG """><SCRIPT>alert(1)</SCRIPT>">',
  'svg onload': '<svg onload=alert(1)>',
  'script inside svg': '<svg><script>alert(1)</script></svg>',
  'svg animate href': '<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>klick</text></a></svg>',
  'math/style namespace confusion': '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  'math href': '<math href="javascript:alert(1)">klick</math>',
  'javascript: href': '<a href="javascript:alert(1)">x</a>',
  'javascript: href, mixed case': '<a href="JaVaScRiPt:alert(1)">x</a>',
  'javascript: href, decimal entities': '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  'javascript: href, hex entity': '<a href="&#x6A;avascript:alert(1)">x</a>',
  'javascript: href, entities without semicolons': '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  'javascript: href, tab inside': '<a href="java\tscript:alert(1)">x</a>',
  'javascript: href, encoded tab': '<a href="java&#x09;script:alert(1)">x</a>',
  'javascript: href, encoded newline': '<a href="jav&#x0A;ascript:alert(1)">x</a>',
  'javascript: href, named colon entity': '<a href="javascript&colon;alert(1)">x</a>',
  'javascript: href, leading spaces': '<a href="  javascript:alert(1)">x</a>',
  'javascript: href, leading control character': '<a href="\x01javascript:alert(1)">x</a>',
  'javascript: href, zero-width space': '<a href="java\u200bscript:alert(1)">x</a>',
  'javascript: href, unquoted': '<a href=javascript:alert(1)>x</a>',
  'javascript: after an https-looking prefix': '<a href="https:javascript:alert(1)">y</a>',
  'vbscript: href': '<a href="vbscript:msgbox(1)">x</a>',
  'data:text/html href': '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  'data:text/html href, upper case': '<a href="DATA:text/html,<script>alert(1)</script>">x</a>',
  'onclick on an allowed link': '<a href="https://ok.example" onclick="alert(1)">x</a>',
  'onmouseover on a paragraph': '<p onmouseover="alert(1)">p</p>',
  'onmouseover on a heading, unquoted': '<h3 onmouseover=alert(1)>T</h3>',
  'on* handler with a slash separator': '<strong/onmouseover=alert(1)>s</strong>',
  'iframe javascript: src': '<iframe src="javascript:alert(1)"></iframe>',
  'iframe srcdoc': '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  'object data': '<object data="javascript:alert(1)"></object>',
  'embed svg': '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  'style @import': '<style>@import "javascript:alert(1)";</style>',
  'style expression()': '<div style="width: expression(alert(1))">d</div>',
  'style url(javascript:)': '<p style="background:url(javascript:alert(1))">s</p>',
  'form action': '<form action="javascript:alert(1)"><button>go</button></form>',
  'button formaction': '<button formaction="javascript:alert(1)">go</button>',
  'base href': '<base href="javascript:alert(1)//">',
  'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  'link stylesheet': '<link rel="stylesheet" href="javascript:alert(1)">',
  'unclosed img': '<img src=x onerror=alert(1)',
  'unclosed link': '<a href="javascript:alert(1)"',
  'noscript title breakout': '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  'details ontoggle': '<details open ontoggle=alert(1)>',
  'body onload': '<body onload=alert(1)>',
  'input autofocus onfocus': '<input autofocus onfocus=alert(1)>',
  'video source onerror': '<video><source onerror="alert(1)"></video>',
  'template': '<template><script>alert(1)</script></template>',
  'xmp raw text': '<xmp><script>alert(1)</script></xmp>',
  'textarea raw text': '<textarea><script>alert(1)</script></textarea>',
  'comment hiding markup': '<!--<img src=x onerror=alert(1)>-->',
  'conditional comment': '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->',
  'CDATA': '<![CDATA[<script>alert(1)</script>]]>',
  'protocol-relative href': '<a href="//evil.example">c</a>',
  'target _blank without noopener': '<a href="https://ok.example/" target="_blank">t</a>',
  'user info disguising the host': '<a href="https://www.hamburg.de@evil.example/">hamburg.de</a>',
};

const ALLOWED_TAGS = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'ul', 'ol', 'li', 'a', 'h3', 'h4']);
/** One tag as sanitize-html writes it: lower-case name, double-quoted attributes. */
const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"]*")*)\s*\/?>/g;
const ATTR = /([a-z-]+)="([^"]*)"/g;

/**
 * Checks the output against what a browser could run, by allow-list rather than by guessing
 * attacks: every tag is one the portal renders, the only attributes are a link's href and rel,
 * and an href starts with an http(s) or mailto scheme in plain ASCII, so no entity, control
 * character or whitespace can turn it into another scheme when the browser decodes it.
 */
function expectSafe(html: string) {
  const tags = [...html.matchAll(TAG)];
  // Anything that looks like markup but is not a well-formed allowed tag would be parsed by the
  // browser in ways this check does not model: refuse it.
  expect(html.replace(TAG, ''), 'stray markup').not.toMatch(/[<>]/);
  for (const [, , name, attrs] of tags) {
    expect(ALLOWED_TAGS, `tag <${name}>`).toContain(name);
    for (const [, attr, value] of (attrs ?? '').matchAll(ATTR)) {
      expect(name === 'a' && (attr === 'href' || attr === 'rel'), `attribute ${attr} on <${name}>`).toBe(true);
      if (attr === 'href') expect(value, 'href scheme').toMatch(/^(https?:\/\/[a-z0-9]|mailto:[^\s])/i);
      if (attr === 'rel') expect(value).toBe('noopener noreferrer');
    }
  }
  // The same in plain words, on the markup alone (escaped text such as `&lt;a href="javascript:`
  // is text on the page, not a link), so a failure reads plainly.
  // Attribute values are taken out for the handler check: `href="https://x/?a onclick=b"` is a
  // harmless address, and a value cannot hide a `"` (sanitize-html writes it as &quot;).
  const markup = tags.map(([tag]) => tag).join('');
  const bare = markup.replace(/="[^"]*"/g, '=""');
  expect(markup).not.toMatch(/<(script|iframe|object|embed|svg|math|style|base|meta|link|form|button|input|img|video|source|details|body|template|textarea|xmp|noscript)\b/i);
  expect(bare).not.toMatch(/\son[a-z]+\s*=/i);
  expect(markup).not.toMatch(/\s(href|src|action|formaction|data)="\s*(javascript|vbscript|data):/i);
}

describe('sanitizeServiceHtml', () => {
  it.each(Object.entries(PAYLOADS))('neutralises %s', (_name, payload) => {
    const out = sanitizeServiceHtml(`<p>Vorher</p>${payload}<p>Nachher</p>`) ?? '';
    expectSafe(out);
    // The text around the payload stays: the sanitiser did not get there by emptying the field.
    expect(out).toContain('<p>Vorher</p>');
    // Sanitised output, sanitised again, is unchanged: what the importer stored is what the page
    // shows, and the browser's reading of the output has no second, different meaning (mXSS).
    expect(sanitizeServiceHtml(out)).toBe(out);
  });

  it('has the classic cheat-sheet coverage the brief asks for', () => {
    expect(Object.keys(PAYLOADS).length).toBeGreaterThanOrEqual(30);
  });

  it('keeps the markup editors use', () => {
    const html =
      '<h3>Unterlagen</h3><p>Bitte <strong>mitbringen</strong>, <em>falls</em> vorhanden:</p><ul><li>Ausweis</li></ul><ol><li>eins</li></ol>' +
      '<p><a href="https://www.hamburg.de/behoerdenfinder">Behördenfinder</a> oder <a href="mailto:info@hamburg.de">E-Mail</a><br>Zeile</p>';
    expect(sanitizeServiceHtml(html)).toBe(
      '<h3>Unterlagen</h3><p>Bitte <strong>mitbringen</strong>, <em>falls</em> vorhanden:</p><ul><li>Ausweis</li></ul><ol><li>eins</li></ol>' +
        '<p><a href="https://www.hamburg.de/behoerdenfinder" rel="noopener noreferrer">Behördenfinder</a> oder <a href="mailto:info@hamburg.de">E-Mail</a><br />Zeile</p>',
    );
  });

  it('reads a handler name inside a link address as part of the address (CI counterexample)', () => {
    const out = sanitizeServiceHtml('<a href="https://ok.example/<p onmouseover="alert(1)">p') ?? '';
    expectSafe(out);
    expect(out).not.toMatch(/<p\b/);
  });

  it('refuses a link whose address carries user info', () => {
    expect(sanitizeServiceHtml('<p><a href="https://www.hamburg.de@evil.example/">hamburg.de</a></p>')).toBe('<p>hamburg.de</p>');
  });

  it('keeps the text of a refused link but not the link', () => {
    const out = sanitizeServiceHtml('<p><a href="javascript:alert(1)">Antrag stellen</a></p>');
    expect(out).toBe('<p>Antrag stellen</p>');
  });

  it('stays safe for payloads cut, doubled and mixed with editorial markup', () => {
    const pieces = [...Object.values(PAYLOADS), '<p>', '</p>', '<a href="https://ok.example">', '</a>', '<strong>', 'Text', '"', "'", '<', '>', '=', ' '];
    const fragment = fc.oneof(
      fc.constantFrom(...pieces),
      // A payload cut anywhere: half-open tags and attributes are where parsers disagree.
      fc.tuple(fc.constantFrom(...Object.values(PAYLOADS)), fc.nat()).map(([p, n]) => p.slice(0, n % (p.length + 1))),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        const out = sanitizeServiceHtml(parts.join('')) ?? '';
        expectSafe(out);
        // Not a fixed point here: cut payloads can leave a link inside a link, which the second
        // pass closes earlier. Either reading is still only allowed markup.
        expectSafe(sanitizeServiceHtml(out) ?? '');
      }),
      { numRuns: 2000 },
    );
  });
});
