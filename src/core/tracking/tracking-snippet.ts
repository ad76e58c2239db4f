/**
 * The script tag a site pastes into its pages: the first-party script from the Baton server at
 * `baseUrl`, naming the workspace by its public site key (never an API key).
 */
export function trackingSnippet(baseUrl: string, siteKey: string): string {
  return `<script async src="${baseUrl.replace(/\/+$/, '')}/t.js" data-site="${siteKey}"></script>`
}
