import { AppError } from '../shared/index.ts'

/** An IP range as "address/prefix"; a bare address is a range of one. */
export type Cidr = { readonly family: 4 | 6; readonly text: string }

const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/

/** The IPv4 or IPv6 address in its usual text form, or null when it is not one. */
export function toIpAddress(raw: string): { family: 4 | 6; text: string } | null {
  const text = raw.trim().toLowerCase()
  if (ipv4.test(text)) return { family: 4, text }
  if (!text.includes(':') || /[^0-9a-f:.]/.test(text)) return null
  try {
    // The URL parser validates and compresses IPv6 ("2001:DB8:0::1" -> "2001:db8::1").
    return { family: 6, text: new URL(`http://[${text}]/`).hostname.slice(1, -1) }
  } catch {
    return null
  }
}

/**
 * Reads an IP range in CIDR notation ("203.0.113.0/24", "2001:db8::/32", or one address). Host
 * bits are kept here; the store keeps the network ("203.0.113.7/24" is stored as 203.0.113.0/24).
 */
export function toCidr(raw: string): Cidr {
  const [address = '', prefixText, extra] = raw.trim().split('/')
  const ip = toIpAddress(address)
  const max = ip?.family === 6 ? 128 : 32
  const prefix = prefixText === undefined ? max : Number(prefixText)
  if (
    ip === null ||
    extra !== undefined ||
    (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) ||
    prefix > max
  ) {
    throw new AppError(
      'track.invalid_cidr',
      `"${raw}" is not an IP range — fix: write it in CIDR notation, e.g. 203.0.113.0/24 or 2001:db8::/32 (prefix up to ${max}).`,
      { details: { cidr: raw } },
    )
  }
  return { family: ip.family, text: `${ip.text}/${prefix}` }
}
