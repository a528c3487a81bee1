// @vitest-environment happy-dom
// Issue 23: "show on the page" finds a figure of the popup in the page's nodes, inside its sentence.
import { beforeEach, describe, expect, it } from 'vitest';
import { revealFigureInPage } from '@/lib/content/reveal-figure';

beforeEach(() => {
  document.body.innerHTML = `<article>
    <p>AWS will create <em>7,000</em> jobs in 2025.</p>
    <p>The AWS project will create some
       <a href="#">9,000 jobs</a> a year, according to the company.</p>
    <script>var x = "9,000 jobs a year";</script>
  </article>`;
});

describe('revealFigureInPage', () => {
  it('selects the figure inside its sentence, across elements and line breaks', () => {
    const found = revealFigureInPage(
      'The AWS project will create some 9,000 jobs a year, according to the company.',
      '9,000 jobs a year',
    );
    expect(found).toBe(true);
    expect(document.getSelection()?.toString().replace(/\s+/g, ' ')).toBe('9,000 jobs a year');
  });

  it('falls back to the figure alone when the sentence differs, and says when it is not there', () => {
    expect(revealFigureInPage('Another sentence.', '7,000')).toBe(true);
    expect(document.getSelection()?.toString()).toBe('7,000');
    expect(revealFigureInPage('', '12,345 engineers')).toBe(false);
  });

  it('never takes a script’s text for the page’s', () => {
    document.body.innerHTML = '<p>Nothing here.</p><script>var x = "9,000 jobs a year";</script>';
    expect(revealFigureInPage('', '9,000 jobs a year')).toBe(false);
  });
});
