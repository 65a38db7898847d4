import { Link } from '@/components/Link';

/** One side of the navigation: where it goes and what it says (the arrow is added). */
export interface Neighbour {
  href: string;
  label: string;
}

/** Previous/next links at the foot of an issue, item or year page; an empty side keeps the other in place. */
export function PrevNext({ label, previous, next }: { label: string; previous?: Neighbour; next?: Neighbour }) {
  return (
    <nav aria-label={label} className="no-print mt-8 flex justify-between gap-4 text-sm">
      {previous ? (
        <Link href={previous.href} rel="prev">
          ← {previous.label}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={next.href} rel="next">
          {next.label} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
