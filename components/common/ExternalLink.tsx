import type { ComponentChildren } from 'preact';
import { isHttpUrl } from '@/lib/schema';

interface Props {
  /** A stored address: the source of a fact, a saved article's URL. */
  href: string | undefined;
  children: ComponentChildren;
}

/**
 * A link to a web page, opened in a new tab; for anything but an http(s) address, the text alone. Extension pages
 * run with the extension's privileges, so a `javascript:` or `data:` URL that reached the store before the schemas
 * refused it (or by any other road) must never become something the reader can click.
 */
export function ExternalLink({ href, children }: Props) {
  if (!isHttpUrl(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}
