/**
 * Plugin code runs in the portal's origin, so the shell runs only the exact bytes the registry
 * approved. Chromium and other current browsers honour `integrity` entries of import maps for
 * module scripts, including maps added after start-up (they merge), so before a plugin's entry is
 * imported the shell declares its SRI hash, learned from the catalogue. A mismatch makes the
 * import fail, which the loader reports as a refused plugin.
 */
const declared = new Map<string, string>();

export function declareIntegrity(url: string, integrity: string): void {
  if (declared.get(url) === integrity) return;
  if (declared.has(url)) {
    // Import maps cannot redefine an entry; a new hash for the same URL means tampering upstream.
    throw new Error(`Integrity of ${url} changed during this visit; reload to fetch the new version`);
  }
  const script = document.createElement('script');
  script.type = 'importmap';
  script.textContent = JSON.stringify({ imports: {}, integrity: { [url]: integrity } });
  document.head.append(script);
  declared.set(url, integrity);
}
