import { AppError } from '../shared/index.ts'

/**
 * A site origin as browsers send it in the Origin header: scheme, host and a port only when it is
 * not the default ("HTTPS://Www.Acme.com/" -> "https://www.acme.com"). Paths, queries, user names
 * and schemes other than http and https are refused, so the list matches the header exactly.
 */
export function toSiteOrigin(raw: string): string {
  const text = raw.trim()
  const refuse = (why: string) =>
    new AppError(
      'track.invalid_origin',
      `"${raw}" is not a site origin: ${why} — fix: give scheme and host, e.g. https://www.acme.com (a port only when it is not 80/443).`,
      { details: { origin: raw } },
    )
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw refuse('it does not parse as a URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw refuse('the scheme must be https or http')
  if (url.username !== '' || url.password !== '') throw refuse('it must not carry a user name')
  if (url.pathname !== '/' || /[?#]/.test(text))
    throw refuse('an origin has no path, query or fragment')
  return url.origin
}
