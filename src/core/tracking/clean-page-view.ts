import { companyDomainOf } from '../hygiene/index.ts'
import { AppError } from '../shared/index.ts'

/** What the script sends for one page view; the server adds the time and the caller's IP. */
export type PageViewInput = {
  readonly visitorId: string
  readonly url: string
  readonly referrer?: string | null | undefined
  readonly title?: string | null | undefined
  /** A company domain the site itself knows for this visitor (e.g. a signed-in customer's). */
  readonly companyDomain?: string | null | undefined
}

export type CleanPageView = {
  readonly visitorId: string
  readonly url: string
  readonly referrer: string | null
  readonly title: string | null
  readonly companyDomain: string | null
}

/** Visitor ids are what the script makes: 16 to 64 letters, digits, "-" or "_". */
export const visitorIdPattern = /^[A-Za-z0-9_-]{16,64}$/

const maxUrlLength = 2000
const maxTitleLength = 300

function webUrl(field: string, raw: string): string {
  let url: URL | undefined
  try {
    url = new URL(raw)
  } catch {
    url = undefined
  }
  if (
    url === undefined ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    raw.length > maxUrlLength
  )
    throw new AppError(
      'request.invalid',
      `${field} must be an absolute http(s) URL of at most ${maxUrlLength} characters.`,
      { details: { field } },
    )
  // Fragments never reach a server in a browser either; user names never belong in history.
  url.hash = ''
  url.username = ''
  url.password = ''
  return url.href
}

/**
 * Checks and tidies one page view: a visitor id as the script makes them, an absolute http(s) page
 * URL, an optional referrer URL (an unreadable one is dropped, as browsers do) and a title cut to
 * 300 characters; a company domain counts only when it is a corporate one (never free-mail).
 */
export function cleanPageView(input: PageViewInput): CleanPageView {
  if (!visitorIdPattern.test(input.visitorId))
    throw new AppError(
      'request.invalid',
      'visitorId must be 16 to 64 letters, digits, "-" or "_" (the id /t.js keeps in its cookie).',
      { details: { field: 'visitorId' } },
    )
  const url = webUrl('url', input.url)
  let referrer: string | null = null
  if (input.referrer) {
    try {
      referrer = webUrl('referrer', input.referrer)
    } catch {
      referrer = null
    }
  }
  const title = input.title?.replace(/\s+/gu, ' ').trim().slice(0, maxTitleLength) || null
  const domain = input.companyDomain
    ? companyDomainOf({ website: input.companyDomain }).domain
    : null
  const corporate = domain === null ? null : companyDomainOf({ email: `visitor@${domain}` }).domain
  return { visitorId: input.visitorId, url, referrer, title, companyDomain: corporate }
}
