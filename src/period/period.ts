/**
 * Reporting periods and who counts as employed. Dates are ISO `YYYY-MM-DD` strings, which
 * order correctly as plain strings, so every comparison here is a string comparison.
 */

/** An inclusive reporting period with ISO dates. */
export interface Period {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD` (included). */
  end: string;
}

/**
 * The employment dates the population rules read: a {@link StaffRecord} (or any object with
 * these fields) fits.
 * @inline
 */
export interface EmploymentDates {
  startDate?: string | undefined;
  endDate?: string | undefined;
}

/**
 * Whether a staff member is employed on `day`: `startDate <= day` (a missing start date means
 * employed before any period) and the end date missing or on/after `day` (it is the last day worked).
 *
 * @example
 * isEmployedOn({ startDate: '2024-05-01' }, '2025-03-31'); // true
 * isEmployedOn({ startDate: '2020-01-01', endDate: '2025-03-30' }, '2025-03-31'); // false
 */
export function isEmployedOn(staff: EmploymentDates, day: string): boolean {
  return (staff.startDate === undefined || staff.startDate <= day) &&
    (staff.endDate === undefined || staff.endDate >= day);
}

/**
 * Snapshot population: employed on the last day of the period (metrics 1 and 9).
 *
 * @example
 * inSnapshotPopulation({ startDate: '2024-05-01' }, { start: '2024-04-01', end: '2025-03-31' }); // true
 */
export function inSnapshotPopulation(staff: EmploymentDates, period: Period): boolean {
  return isEmployedOn(staff, period.end);
}

/**
 * At-risk population: employed on at least one day of the period (metrics 3, 4, 5 and 8),
 * that is, started on or before its end and did not leave before its start.
 *
 * @example
 * inAtRiskPopulation({ startDate: '2020-01-01', endDate: '2024-06-30' }, { start: '2024-04-01', end: '2025-03-31' }); // true
 */
export function inAtRiskPopulation(staff: EmploymentDates, period: Period): boolean {
  return (staff.startDate === undefined || staff.startDate <= period.end) &&
    (staff.endDate === undefined || staff.endDate >= period.start);
}

/**
 * Whether an ISO date falls within the period, both ends included.
 *
 * @example
 * isWithinPeriod('2025-03-31', { start: '2024-04-01', end: '2025-03-31' }); // true
 */
export function isWithinPeriod(date: string, period: Period): boolean {
  return date >= period.start && date <= period.end;
}
