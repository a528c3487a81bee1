import { describe, expect, it } from 'vitest';
import { isSameSite, siteOf } from '@/lib/url/same-site';

describe('isSameSite (HTML: scheme + registrable domain, or the whole host where there is none)', () => {
  it.each([
    ['https://www.lemonde.fr/a', 'https://lemonde.fr/b', true],
    ['https://amp.example.com/x', 'https://www.example.com/y', true],
    ['https://news.bbc.co.uk/1', 'https://www.bbc.co.uk/2', true],
    ['https://WWW.Example.COM/a', 'https://example.com/b', true],
    ['https://example.com:8443/a', 'https://example.com/b', true], // ports do not make sites
    ['http://example.com/a', 'https://example.com/a', false], // the scheme does
    ['https://bbc.co.uk/a', 'https://itv.co.uk/a', false], // co.uk is a public suffix
    ['https://victim.github.io/a', 'https://evil.github.io/a', false], // private section of the list
    ['https://evil.com/a', 'https://www.lemonde.fr/a', false],
    ['https://lemonde.fr.evil.com/a', 'https://lemonde.fr/a', false],
    ['http://127.0.0.1:8080/a', 'http://127.0.0.1:9090/b', true], // an IP address: the whole host
    ['http://127.0.0.1/a', 'http://127.0.0.2/a', false],
    ['http://10.0.0.1/a', 'http://0.1/a', false],
    ['http://localhost:3000/a', 'http://localhost/b', true],
    ['http://localhost/a', 'http://127.0.0.1/a', false],
    ['http://[::1]:8080/a', 'http://[::1]/b', true],
    ['http://intranet/a', 'http://intranet/b', true], // no registrable domain: the host
    ['http://intranet/a', 'http://wiki/b', false],
    ['https://xn--bcher-kva.example/a', 'https://bücher.example/b', true],
    ['javascript:alert(1)', 'javascript:alert(1)', false],
    ['not a url', 'not a url', false],
    ['data:text/html,x', 'https://example.com', false],
  ])('%s vs %s → %s', (a, b, same) => {
    expect(isSameSite(a, b)).toBe(same);
    expect(isSameSite(b, a)).toBe(same);
  });

  it('names the site', () => {
    expect(siteOf('https://www.lemonde.fr/x?y#z')).toBe('https://lemonde.fr');
    expect(siteOf('http://127.0.0.1:4000/')).toBe('http://127.0.0.1');
    expect(siteOf('ftp://example.com/')).toBeNull();
  });
});
