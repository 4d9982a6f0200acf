/**
 * Pages announce themselves when their content is drawn, so the shell can set the document
 * title and move focus to the new heading (what a screen-reader user needs after navigation).
 */
export const PAGE_READY = 'palapa:page-ready';

export interface PageReadyDetail {
  title: string;
  heading: HTMLElement | null;
}

export function announcePage(from: HTMLElement, detail: PageReadyDetail): void {
  from.dispatchEvent(new CustomEvent<PageReadyDetail>(PAGE_READY, { detail, bubbles: true, composed: true }));
}
