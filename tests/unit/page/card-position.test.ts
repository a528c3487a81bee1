import { describe, expect, it } from 'vitest';
import { placeCard } from '@/lib/card/card-position';

const viewport = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };

describe('placeCard', () => {
  it.each([
    [
      'below the text when there is room',
      { top: 100, left: 50, width: 60, height: 20 },
      { top: 126, left: 50, maxHeight: 666 },
    ],
    [
      'above when below is too short',
      { top: 700, left: 50, width: 60, height: 20 },
      { top: 394, left: 50, maxHeight: 686 },
    ],
    [
      'kept inside the right edge',
      { top: 100, left: 900, width: 60, height: 20 },
      { top: 126, left: 612, maxHeight: 666 },
    ],
    [
      'kept inside the left edge',
      { top: 100, left: -40, width: 60, height: 20 },
      { top: 126, left: 8, maxHeight: 666 },
    ],
  ])('%s', (_label, anchor, expected) => {
    expect(placeCard(anchor, card, viewport)).toEqual(expected);
  });

  it('never covers the text, and caps the height to the room on the chosen side', () => {
    for (let top = 0; top < 800; top += 37) {
      const anchor = { top, left: 10, width: 50, height: 18 };
      const place = placeCard(anchor, { width: 380, height: 2000 }, viewport);
      const height = Math.min(2000, place.maxHeight);
      const bottom = place.top + height;
      expect(bottom <= anchor.top || place.top >= anchor.top + anchor.height).toBe(true);
      expect(place.top).toBeGreaterThanOrEqual(0);
      expect(bottom).toBeLessThanOrEqual(viewport.height);
    }
  });
});
