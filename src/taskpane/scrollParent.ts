// What scrolls the item list: the document (the Office pane, the narrow preview) or an element (the wide preview's
// column). Kept apart from the windowing code, which loads in a chunk of its own.

export type Scroller = Window | HTMLElement;

export function scrollParentOf(el: HTMLElement): Scroller {
  for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
    if (/(auto|scroll|overlay)/.test(getComputedStyle(p).overflowY)) return p;
  }
  return window;
}
