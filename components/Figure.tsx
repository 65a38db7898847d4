import { figureCaption } from '@/lib/content/blocks';
import type { BulletinBlock } from '@/lib/content/types';
import { withBasePath } from '@/lib/settings';

type FigureBlock = Extract<BulletinBlock, { kind: 'figure' }>;

/** Where an image's site path is shown from: the site's own address, or the CMS's media store in its preview. */
export type ImageUrl = (src: string) => string;

/** An image with its caption, or the caption alone where the source image is not available. */
export function Figure({ figure, imageUrl = withBasePath }: { figure: FigureBlock; imageUrl?: ImageUrl | undefined }) {
  const caption = figureCaption(figure);
  return (
    <figure className="my-4 text-center">
      {figure.src ? (
        // biome-ignore lint/performance/noImgElement: static export serves images as they are
        <img
          // Validation admits only site paths under public/ (lib/content/markdown-rules.ts).
          src={imageUrl(figure.src)}
          alt={figure.alt ?? ''}
          className="mx-auto max-w-full"
          loading="lazy"
        />
      ) : (
        <div className="mx-auto flex max-w-md items-center justify-center rounded border border-dashed border-line px-4 py-6 text-sm text-muted">
          原刊配图（本站未收录图片）
        </div>
      )}
      {caption && <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption>}
    </figure>
  );
}
