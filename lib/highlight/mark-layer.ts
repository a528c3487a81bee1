import type { Box } from './box-plan';

/** Boxes made ahead on every page, so that the layer's own make-up is the same whatever the page mentions. */
const INITIAL_POOL = 64;

/**
 * The boxes of the highlight layer: a pool of plain elements in the page host's closed shadow root, each moved
 * with a transform and shown with its kind's class, hidden when unused. The pool grows when a frame needs more
 * and never shrinks, so a frame with fewer boxes only hides some.
 */
export class MarkLayer {
  private readonly pool: HTMLElement[] = [];
  private shown = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly doc: Document,
  ) {
    this.grow(INITIAL_POOL);
  }

  /** Shows exactly these boxes (layer coordinates) in this scheme. */
  draw(boxes: readonly Box[], scheme: 'light' | 'dark'): void {
    if (this.container.dataset.scheme !== scheme) this.container.dataset.scheme = scheme;
    if (boxes.length > this.pool.length) this.grow(boxes.length - this.pool.length);
    boxes.forEach((box, index) => {
      const element = this.pool[index] as HTMLElement;
      const style = element.style;
      style.transform = `translate(${box.left}px, ${box.top}px)`;
      style.width = `${box.width}px`;
      style.height = `${box.height}px`;
      if (element.className !== box.kind) element.className = box.kind;
    });
    for (let index = boxes.length; index < this.shown; index++) (this.pool[index] as HTMLElement).className = '';
    this.shown = boxes.length;
  }

  /** Hides every box. */
  clear(): void {
    this.draw([], (this.container.dataset.scheme as 'light' | 'dark' | undefined) ?? 'light');
  }

  private grow(count: number): void {
    for (let i = 0; i < count; i++) {
      const element = this.doc.createElement('div');
      this.pool.push(element);
      this.container.append(element);
    }
  }
}
