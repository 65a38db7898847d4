import { CopyLink } from '@/components/CopyLink';
import { absoluteUrl, withBasePath } from '@/lib/settings';
import { qrSvg } from '@/lib/share/qr-svg';

/**
 * Sharing a page: its link to copy, and a QR code of its canonical URL for WeChat, which
 * readers in China scan from a desktop screen. The code is SVG made at build; the page
 * prints without either.
 */
export async function SharePanel({ path, title }: { path: string; title: string }) {
  const url = absoluteUrl(path);
  const svg = await qrSvg(url);
  return (
    <aside aria-label="分享" className="share-panel no-print">
      <CopyLink href={withBasePath(path)} url={url} title={title} />
      <figure className="share-qr">
        <div
          role="img"
          aria-label={`本页二维码，链接：${url}`}
          className="share-qr-code"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG drawn at build by the qrcode library from our own URL
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <figcaption className="text-sm text-muted">扫码分享到微信</figcaption>
      </figure>
    </aside>
  );
}
