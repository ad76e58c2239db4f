import type { DateFormat } from './mapping.schema.ts'

type Parts = { y: string; m: string; d: string; h?: string; mi?: string; s?: string; ms?: string }

const time = String.raw`(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.(?<ms>\d+))?)?`

const layouts: Readonly<Record<DateFormat, RegExp>> = {
  'YYYY-MM-DD': /^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$/,
  'YYYY-MM-DD HH:mm:ss': new RegExp(
    String.raw`^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})[ T]${time}$`,
  ),
  'DD/MM/YYYY': /^(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})$/,
  'MM/DD/YYYY': /^(?<m>\d{1,2})\/(?<d>\d{1,2})\/(?<y>\d{4})$/,
  'DD-MM-YYYY': /^(?<d>\d{1,2})-(?<m>\d{1,2})-(?<y>\d{4})$/,
  ISO: new RegExp(
    String.raw`^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ]${time})?(?<zone>Z|[+-]\d{2}(?::?\d{2})?)?$`,
    'i',
  ),
}

// Minutes east of UTC for "Z", "+02", "+0530" or "-03:00"; no zone means UTC.
function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0
  const digits = zone.slice(1).replace(':', '')
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')
  return zone.startsWith('-') ? -minutes : minutes
}

function toInstant(parts: Parts, zone: string | undefined): string | undefined {
  const [year, month, day] = [Number(parts.y), Number(parts.m), Number(parts.d)]
  const [hour, minute, second] = [Number(parts.h ?? 0), Number(parts.mi ?? 0), Number(parts.s ?? 0)]
  const millisecond = Number((parts.ms ?? '').slice(0, 3).padEnd(3, '0'))
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  // setUTCFullYear rolls 2018-02-30 over to March: a changed month or day means no such date.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  date.setUTCHours(hour, minute, second, millisecond)
  return new Date(date.getTime() - offsetMinutes(zone) * 60_000).toISOString()
}

/** The ISO 8601 UTC instant a cell names in `format`, or undefined; a time without a zone is UTC. */
export function parseDate(text: string, format: DateFormat): string | undefined {
  const match = layouts[format].exec(text.trim())
  if (!match?.groups) return undefined
  return toInstant(match.groups as Parts, match.groups.zone)
}
