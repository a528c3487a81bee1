import { clickVerdict } from '@/lib/card/click-verdict';

export interface ClickGuardOptions {
  doc: Document;
  /** What the card says when it refuses a click (localized). */
  texts: { moved: string; confirm: string; confirmLink: string };
  /** Opens a link the card refused in a confirmation tab of the extension's own, out of the page's reach. */
  confirmLink: (url: string) => void;
}

/** The guard's handle: the card frame tells it when the content script reports that the card moved. */
export interface ClickGuard {
  moved(): void;
  stop(): void;
}

/**
 * Clickjacking protection for the card frame, which sits inside a page that may cover it with a see-through decoy
 * (pointer-events: none), fade it, or slide it under the reader's pointer. A pointer click acts only when the
 * browser has reported the frame fully visible (IntersectionObserver v2: not covered, not transparent, not
 * distorted) for a moment before it, and the card has not just moved (the content script says so through the
 * background, and the pointer's own events show the frame's place on the screen change). Otherwise the click does nothing but say
 * why; a link then opens a confirmation tab of the extension's own, which no page can cover. Where the browser
 * cannot tell (Firefox has no IntersectionObserver v2), every pointer click goes that way. Keyboard activation
 * (Enter, Space: a click with no pointer detail) always acts: a page cannot send keys into our frame.
 */
export function guardClicks({ doc, texts, confirmLink }: ClickGuardOptions): ClickGuard {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const canTell = Boolean(view && 'isVisible' in view.IntersectionObserverEntry.prototype);
  let visibleSince: number | undefined;
  let movedAt: number | undefined;
  // Where the frame sits on the screen, as the pointer's events tell it (screen minus frame coordinates): when it
  // changes between two of them, the card moved under the pointer. Read at the click itself, this needs no word
  // from the content script, which could come after the click.
  let offset: { x: number; y: number } | undefined;
  const offsetOf = (event: MouseEvent) => ({ x: event.screenX - event.clientX, y: event.screenY - event.clientY });
  const movedSince = (event: MouseEvent) => {
    const now = offsetOf(event);
    const moved = offset !== undefined && (Math.abs(now.x - offset.x) > 1 || Math.abs(now.y - offset.y) > 1);
    offset = now;
    return moved;
  };
  const onMove = (event: PointerEvent) => {
    if (event.isTrusted && movedSince(event)) movedAt = view?.performance.now();
  };
  let observer: IntersectionObserver | undefined;
  if (view && canTell) {
    observer = new view.IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const visible = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true;
          visibleSince = visible ? (visibleSince ?? entry.time) : undefined;
        }
      },
      // trackVisibility needs a delay of at least 100 ms between reports.
      { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(doc.documentElement);
  }
  const notice = doc.createElement('p');
  notice.className = 'dl-guard-notice';
  notice.setAttribute('role', 'status');
  notice.hidden = true;
  doc.body.prepend(notice);

  const onClick = (event: MouseEvent) => {
    // Keyboard activation has no pointer detail, and a page cannot dispatch events in our frame.
    if (!event.isTrusted || (event.type === 'click' && event.detail === 0)) return;
    const now = view?.performance.now() ?? 0;
    if (movedSince(event)) movedAt = now;
    const verdict = clickVerdict({ now, canTell, visibleSince, movedAt });
    if (verdict === 'act') {
      notice.hidden = true;
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (verdict === 'confirm' && link) confirmLink(link.href);
    notice.textContent = verdict === 'moved' ? texts.moved : link ? texts.confirmLink : texts.confirm;
    notice.hidden = false;
  };
  doc.addEventListener('pointermove', onMove, { capture: true, passive: true });
  doc.addEventListener('click', onClick, { capture: true });
  doc.addEventListener('auxclick', onClick, { capture: true });
  return {
    moved: () => {
      movedAt = view?.performance.now();
    },
    stop: () => {
      observer?.disconnect();
      doc.removeEventListener('pointermove', onMove, { capture: true });
      doc.removeEventListener('click', onClick, { capture: true });
      doc.removeEventListener('auxclick', onClick, { capture: true });
      notice.remove();
    },
  };
}
