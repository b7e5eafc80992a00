/**
 * Campaign dates as an admin types them (a day, in Paris) and as the server keeps them (an
 * instant). A campaign opens at the start of its first day and closes at the start of the day
 * after its last one, so "until 31 January" means all of 31 January in France, summer time or not.
 */
const PARIS = 'Europe/Paris';
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** How far Paris is ahead of UTC at an instant, in milliseconds. */
function parisOffsetMs(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: PARIS,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)!.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a day (`YYYY-MM-DD`) starts in Paris, `plusDays` later; null when it is not a day. */
export function parisDayStart(day: string, plusDays = 0): Date | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const midnightUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  if (Number.isNaN(midnightUtc)) return null;
  const first = midnightUtc - parisOffsetMs(new Date(midnightUtc));
  return new Date(midnightUtc - parisOffsetMs(new Date(first)));
}

/** The Paris day (`YYYY-MM-DD`) an instant falls on. */
export function parisDay(instant: Date | string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: PARIS }).format(new Date(instant));
}
