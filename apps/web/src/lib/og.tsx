import { ImageResponse } from 'next/og';

export const ogSize = { width: 1200, height: 630 };

/**
 * The share image of a page: its title on the site's blue, with the kind of page and the site's
 * name. Rendered with next/og's bundled font, so nothing is fetched from outside.
 */
export function ogImage({ title, eyebrow, site }: { title: string; eyebrow?: string; site: string }) {
  const size = title.length > 90 ? 52 : title.length > 50 ? 62 : 72;
  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: '100%', height: '100%', padding: 72, background: '#004b87', color: '#ffffff' }}>
        <div style={{ display: 'flex', fontSize: 30, opacity: 0.9 }}>{eyebrow ?? ''}</div>
        <div style={{ display: 'flex', fontSize: size, lineHeight: 1.15, fontWeight: 700 }}>{title}</div>
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 30 }}>
          <div style={{ display: 'flex', width: 48, height: 12, background: '#ffbf47', marginRight: 20 }} />
          {site}
        </div>
      </div>
    ),
    ogSize,
  );
}
