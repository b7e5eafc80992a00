/**
 * The client's address as the portal's own front server saw it: the last X-Forwarded-For
 * entry. `next start` sets the header to the connection's address when there is none, and a
 * reverse proxy appends the address it was connected from; entries further left were written
 * by the client and prove nothing. (Exposed without a proxy, a client can send its own header:
 * the per-IP limit then binds less, the per-address one as much.)
 */
export function clientIp(headers: Headers): string | null {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.at(-1) ?? null;
}
