const pad = (n: string | number, width = 2) => String(n).padStart(width, '0');

const ISO_LIKE =
  /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?\s*$/i;

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A publication date as pages write it, normalised to ISO 8601: "YYYY-MM-DD" when only a day is given, else
 * "YYYY-MM-DDTHH:MM:SS" with the zone as written ("Z", "+01:00") or none. The calendar day is kept AS WRITTEN
 * (never converted to UTC), since that is the day the publisher printed.
 *
 * Reads ISO with or without a zone, with a space instead of "T", with microseconds ("2017-11-03 03:01:00.000000"),
 * compact zones ("+0100") and compact days ("20150724"); anything else goes through `Date.parse` (RFC 2822
 * "Fri, 24 Jul 2015 05:36:09 GMT") and comes back in UTC. Returns undefined for what is not a date between
 * 1990 and 2100.
 */
export function normalizePublishedDate(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const m = ISO_LIKE.exec(raw);
  if (m) {
    const [, y = '', mo = '', d = '', h, mi, s, , zone] = m;
    if (!validDay(Number(y), Number(mo), Number(d)) || Number(y) < 1990 || Number(y) > 2100) return undefined;
    const day = `${y}-${mo}-${d}`;
    if (h === undefined) return day;
    const z = zone ? normalizeZone(zone) : '';
    return `${day}T${pad(h)}:${mi}:${s ?? '00'}${z}`;
  }
  const time = Date.parse(raw);
  if (Number.isNaN(time)) return undefined;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (year < 1990 || year > 2100) return undefined;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function normalizeZone(zone: string): string {
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

/** Dates as the store keeps them (YYYY-MM-DD) from whatever the page printed (ISO timestamps, RFC dates…). */
export function toPartialDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = value.match(/^(\d{4}-\d{2}-\d{2})/);
  if (iso) return iso[1];
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}
