import { existsSync } from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import type { HttpEnv } from './http-env.ts'

// What the API answers; everything else is the dashboard.
const apiPath = /^\/(v1(\/|$)|health$|openapi\.json$)/

const notBuilt = `<!doctype html><meta charset="utf-8"><title>Baton</title>
<p>The dashboard is not built yet. Run <code>npm run build:web</code> (npm install does it), then reload.
The API is at <a href="/openapi.json">/openapi.json</a>.</p>`

/**
 * Serves the built dashboard from `webRoot`: its files (hashed assets cached for good), and
 * index.html for every other path so the browser's router shows the page; API paths are untouched.
 */
export function dashboardRoutes(app: OpenAPIHono<HttpEnv>, webRoot: string): void {
  // Made once the build exists (serveStatic complains at creation about a missing root).
  let made: { files: MiddlewareHandler<HttpEnv>; index: MiddlewareHandler<HttpEnv> } | undefined
  const handlers = () =>
    (made ??= {
      files: serveStatic<HttpEnv>({ root: webRoot }),
      index: serveStatic<HttpEnv>({ root: webRoot, path: 'index.html' }),
    })
  app.get('*', async (c, next) => {
    if (apiPath.test(c.req.path)) return next()
    if (!existsSync(path.join(webRoot, 'index.html'))) return c.html(notBuilt, 503)
    const { files, index } = handlers()
    const asset = c.req.path.startsWith('/assets/')
    const file =
      (await files(c, () => Promise.resolve())) ?? (asset ? undefined : await index(c, next))
    // A missing asset is a 404, not the page: the browser asked for a file.
    if (!file) return next()
    // Built assets carry a content hash in their name; the page itself must always be fresh.
    file.headers.set('Cache-Control', asset ? 'public, max-age=31536000, immutable' : 'no-cache')
    return file
  })
}
