// Virtual rows for a long table inside its own scroll box: only the rows in view (and a few
// around them) are in the page, the rest stand in as padding of the same height.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

/** Rows rendered beyond the visible ones, so fast scrolling shows no blank. */
const OVERSCAN = 8;

/** Up to this many rows a table shows them all, without a scroll box of its own. */
export const ROWS_WITHOUT_SCROLL = 25;

/**
 * The rows to render of a table of `count` rows of `rowHeight` pixels, and the padding standing
 * in for the others. Long tables scroll inside a box of `viewHeight` pixels (`maxHeight`).
 */
export function useVirtualRows(count: number, rowHeight: number, viewHeight: number) {
  const fits = count <= ROWS_WITHOUT_SCROLL;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    // Lets the first render show rows before the box has been measured.
    initialRect: { width: 0, height: fits ? count * rowHeight : viewHeight },
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return { scrollRef, items, paddingTop, paddingBottom, maxHeight: fits ? undefined : viewHeight };
}
