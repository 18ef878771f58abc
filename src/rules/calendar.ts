// Pure integer calendar math: no Date objects, so no local time zone can shift a day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parts of an ISO `YYYY-MM-DD` date. */
interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseIsoDate(iso: string): CivilDate {
  const m = ISO_DATE.exec(iso);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new TypeError(`evaluateRule: "${iso}" is not an ISO date (YYYY-MM-DD)`);
  }
  return { year, month, day };
}

/**
 * Days since 1970-01-01 of an ISO date in the proleptic Gregorian calendar
 * (H. Hinnant's days_from_civil).
 *
 * @throws TypeError when `iso` is not a valid `YYYY-MM-DD` date.
 */
export function isoDayNumber(iso: string): number {
  const hit = dayNumbers.get(iso);
  if (hit !== undefined) return hit;
  const n = dayNumberOf(iso);
  if (dayNumbers.size >= 4096) dayNumbers.clear();
  dayNumbers.set(iso, n);
  return n;
}

// Dates repeat across a batch (due dates, completion dates): computed once, kept in a bounded cache.
const dayNumbers = new Map<string, number>();

function dayNumberOf(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return isoDayNumber(to) - isoDayNumber(from);
}

/** An ISO date as Vietnamese write it: `2023-12-02` → `02/12/2023`. */
export function viDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year).padStart(4, '0')}`;
}
