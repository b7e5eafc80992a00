import { load, type LoadResult } from '../load';
import { describeLoad, type Figure, kB } from '../report';
import type { BenchStack } from '../stack';
import { sessionCookie } from '../fixtures';

const DEMO_EMPLOYEE = 'camille.martin@acme.example';

export async function demoEmployeeCookie(stack: BenchStack): Promise<string> {
  const user = await stack.db.user.findUniqueOrThrow({ where: { email: DEMO_EMPLOYEE } });
  return sessionCookie(stack.db, user.id);
}

async function fetchText(url: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(url, { headers });
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

async function compare(
  stack: BenchStack,
  bare: { url: string },
  portal: { url: string; headers: Record<string, string> },
  options: { connections: number; durationS: number },
): Promise<{ bare: LoadResult; portal: LoadResult }> {
  const run = (url: string, pgid: number, headers: Record<string, string>, durationS: number) =>
    load({ url, connections: options.connections, duration: durationS, headers }, { pgid });
  await run(bare.url, stack.baseline.pgid, {}, 2);
  await run(portal.url, stack.web.pgid, portal.headers, 2);
  return {
    bare: await run(bare.url, stack.baseline.pgid, {}, options.durationS),
    portal: await run(portal.url, stack.web.pgid, portal.headers, options.durationS),
  };
}

/** catalogue.list, signed in, through tRPC over HTTP, against the bare route serving the very same bytes. */
export async function measureCatalogueList(stack: BenchStack, options: { durationS: number }): Promise<Figure[]> {
  const cookie = await demoEmployeeCookie(stack);
  const figures: Figure[] = [];
  for (const search of ['fnac', '']) {
    const input = encodeURIComponent(JSON.stringify({ json: search ? { search } : {} }));
    const url = `${stack.web.url}/api/trpc/catalogue.list?input=${input}`;
    const answer = await fetchText(url, { cookie });
    const stores = (JSON.parse(answer) as { result: { data: { json: { total: number } } } }).result.data.json.total;
    await fetch(`${stack.baseline.url}/api/fixed`, { method: 'PUT', body: answer });
    const { bare, portal } = await compare(
      stack,
      { url: `${stack.baseline.url}/api/fixed` },
      { url, headers: { cookie } },
      { connections: 10, durationS: options.durationS },
    );
    const ratio = portal.p50 / bare.p50;
    figures.push({
      measure: `catalogue.list ${search ? `search "${search}"` : 'first page'} (${stores} stores match, ${kB(Buffer.byteLength(answer))} answer), signed in, 10 connections`,
      baseline: describeLoad(bare),
      product: describeLoad(portal),
      ratio: `p50 ${ratio.toFixed(1)}×, ${((portal.rps / bare.rps) * 100).toFixed(0)} % of the req/s`,
      goal: 'p50 ≤ 1.5×',
      met: ratio <= 1.5,
    });
  }
  return figures;
}

/**
 * Signed-in pages against a bare page rendered on every request, padded to the same size
 * (its text appears twice, in the HTML and in the RSC payload; the padding is calibrated).
 */
export async function measurePages(stack: BenchStack, options: { durationS: number }): Promise<Figure[]> {
  const cookie = await demoEmployeeCookie(stack);
  const bareSize = async (bytes: number) => Buffer.byteLength(await fetchText(`${stack.baseline.url}/?bytes=${bytes}`));
  const [empty, thousand] = [await bareSize(0), await bareSize(1_000)];
  const perCharacter = (thousand - empty) / 1_000;
  const figures: Figure[] = [];
  for (const page of ['/catalogue', '/vouchers']) {
    const size = Buffer.byteLength(await fetchText(`${stack.web.url}${page}`, { cookie }));
    const padding = Math.max(0, Math.round((size - empty) / perCharacter));
    const bareUrl = `${stack.baseline.url}/?bytes=${padding}`;
    const matched = await bareSize(padding);
    const { bare, portal } = await compare(
      stack,
      { url: bareUrl },
      { url: `${stack.web.url}${page}`, headers: { cookie } },
      { connections: 5, durationS: options.durationS },
    );
    const ratio = portal.p50 / bare.p50;
    figures.push({
      measure: `signed-in page ${page} (${kB(size)} HTML; bare page ${kB(matched)}), 5 connections`,
      baseline: describeLoad(bare),
      product: describeLoad(portal),
      ratio: `p50 ${ratio.toFixed(1)}×, ${((portal.rps / bare.rps) * 100).toFixed(0)} % of the req/s`,
      goal: 'p50 ≤ 2×',
      met: ratio <= 2,
    });
  }
  return figures;
}
