import { AppError } from '../shared/index.ts'

const hostShape = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

/**
 * Normalizes a company domain or website for identity: lower case, no scheme, path, port or leading
 * "www.", e.g. "https://www.Acme.com/about" -> "acme.com"; throws `request.invalid` when no host remains.
 */
export function normalizeDomain(value: string): string {
  const host = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '')
  if (!hostShape.test(host)) {
    throw new AppError(
      'request.invalid',
      `"${value}" is not a domain; expected a host such as acme.com.`,
      {
        details: { field: 'domain', value },
      },
    )
  }
  return host
}
