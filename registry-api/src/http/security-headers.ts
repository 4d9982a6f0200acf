/**
 * Headers every registry response carries. The catalogue's hot path writes them itself, with its
 * cached responses, so that it need not pass through middleware that rebuilds the response.
 */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;
