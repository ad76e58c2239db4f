/**
 * When a nurture touch is due: `touchMonths[step]` calendar months after enrolment, in UTC, on the
 * same day of the month or the month's last day when it is shorter (Jan 31 + 1 month = Feb 28/29).
 * Undefined once every touch is done.
 */
export function nextTouchAt(
  enrolledAt: Date,
  touchMonths: readonly number[],
  step: number,
): Date | undefined {
  const months = touchMonths[step]
  if (months === undefined) return undefined
  const year = enrolledAt.getUTCFullYear()
  const month = enrolledAt.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const day = Math.min(enrolledAt.getUTCDate(), lastDay)
  return new Date(
    Date.UTC(
      year,
      month,
      day,
      enrolledAt.getUTCHours(),
      enrolledAt.getUTCMinutes(),
      enrolledAt.getUTCSeconds(),
      enrolledAt.getUTCMilliseconds(),
    ),
  )
}
