/**
 * The only API paths answered without an API key: the health check, the API description (no data in
 * it), and the public tracking script and its event endpoint. Everything else under /v1/ needs a key;
 * outside /v1/ the server serves only the dashboard's static files, which hold no data either.
 */
export const publicPaths = ['/health', '/openapi.json', '/t.js', '/v1/track'] as const

/** True when a request to this path is answered without an API key. */
export function isPublicPath(path: string): boolean {
  return (publicPaths as readonly string[]).includes(path) || !path.startsWith('/v1/')
}
