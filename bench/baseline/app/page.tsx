// A page rendered on every request, padded to `?bytes=N` characters of text: the same work as
// a signed-in portal page minus the portal (session, database, components).
export const dynamic = 'force-dynamic';

export default async function BarePage({ searchParams }: { searchParams: Promise<{ bytes?: string }> }) {
  const bytes = Math.min(Math.max(Number((await searchParams).bytes) || 0, 0), 2_000_000);
  return (
    <main>
      <h1>Bare page</h1>
      <p>{'x'.repeat(bytes)}</p>
    </main>
  );
}
