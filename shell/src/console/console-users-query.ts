/** GET /users's query for the console's account list: the search text (email or name) and the page. */
export function usersQuery(q: string, cursor: string | null, limit = 25): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (q.trim()) params.set('q', q.trim());
  if (cursor) params.set('cursor', cursor);
  return `/users?${params.toString()}`;
}
