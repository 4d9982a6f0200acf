/** Where to go after signing in: `?kembali=` when it is a path on this site, else the console. */
export function returnPath(search: string): string {
  const wanted = new URLSearchParams(search).get('kembali');
  // Only same-site paths: `?kembali=https://evil.example` or `//evil.example` must not send a fresh session away.
  return wanted && wanted.startsWith('/') && !wanted.startsWith('//') && !wanted.startsWith('/\\') ? wanted : '/konsol';
}
