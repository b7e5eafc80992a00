/**
 * A yes/no health probe asked at most once per `freshMs` whatever the traffic: its answer is
 * kept that long, and concurrent callers share the probe in flight.
 */
export function cachedProbe(probe: () => Promise<boolean>, freshMs: number): () => Promise<boolean> {
  let known: { answer: boolean; at: number } | null = null;
  let probing: Promise<boolean> | null = null;
  return async () => {
    if (known && Date.now() - known.at < freshMs) return known.answer;
    probing ??= probe().then((answer) => {
      known = { answer, at: Date.now() };
      probing = null;
      return answer;
    });
    return probing;
  };
}
