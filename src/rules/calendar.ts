// Pure integer calendar math: no Date objects, so no local time zone can shift a day.

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
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by `len` ASCII digits of `text` from `at`, or −1 if one is not a digit. */
function digitsAt(text: string, at: number, len: number): number {
  let v = 0;
  for (let i = at; i < at + len; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function parseIsoDate(iso: string): CivilDate {
  // YYYY-MM-DD read character by character (a date per deadline leaf of every unit scored).
  const ok = iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45;
  const year = ok ? digitsAt(iso, 0, 4) : -1;
  const month = ok ? digitsAt(iso, 5, 2) : -1;
  const day = ok ? digitsAt(iso, 8, 2) : -1;
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
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
