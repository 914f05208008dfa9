// Boxes of page elements in viewport coordinates; the overlay host is fixed at the viewport origin.
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** The element's box, or null when it is not shown (inactive tab, collapsed section, detached). */
export function boxOf(element: Element): Box | null {
  if (!element.isConnected) return null;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
}

/** Calls `onChange` at most once per animation frame while the page scrolls or resizes. */
export function watchLayout(onChange: () => void): () => void {
  let frame = 0;
  const request = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      onChange();
    });
  };
  // Capture: scrolling inside the portal's own scroll containers must move markers too.
  window.addEventListener('scroll', request, { capture: true, passive: true });
  window.addEventListener('resize', request, { passive: true });
  const resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(request) : null;
  resizeObserver?.observe(document.documentElement);
  return () => {
    if (frame) cancelAnimationFrame(frame);
    window.removeEventListener('scroll', request, { capture: true });
    window.removeEventListener('resize', request);
    resizeObserver?.disconnect();
  };
}
