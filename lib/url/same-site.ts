import { parse } from 'tldts';

/**
 * The site of a URL as the HTML standard defines it: its scheme, and its registrable domain (the public suffix
 * plus one label, from the Public Suffix List with its private section, so `a.github.io` and `b.github.io` are
 * two sites), or the whole host where there is none (an IP address, `localhost`, a single-label name). Null for
 * anything that is not an http(s) URL.
 */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // URL has already lower-cased and punycoded the host; IPv6 hosts keep their brackets.
  const host = parsed.hostname;
  const info = parse(host, { allowPrivateDomains: true });
  const registrable = info.isIp ? null : info.domain;
  return `${parsed.protocol}//${registrable ?? host}`;
}

/**
 * Whether two URLs are on the same site (HTML's "same site": same scheme and same registrable domain, or the
 * same host where there is no registrable domain). What a page claims about another address (`rel=canonical`,
 * `og:url`) is believed only when this holds: a page can write anything in its own head.
 */
export function isSameSite(a: string, b: string): boolean {
  const site = siteOf(a);
  return site !== null && site === siteOf(b);
}
