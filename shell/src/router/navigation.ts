import { navigateToUrl } from 'single-spa';

/** Moves inside the portal without a reload; single-spa and the shell both follow the URL. */
export function navigate(path: string): void {
  navigateToUrl(path);
}

/**
 * Turns clicks on same-origin links anywhere in the shell (shadow roots included) into in-app
 * navigation, leaving new-tab clicks, downloads and external links to the browser.
 */
export function interceptLinkClicks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.origin !== location.origin) return;
    if (anchor.dataset.external !== undefined) return;
    event.preventDefault();
    navigate(anchor.pathname + anchor.search + anchor.hash);
  });
}
