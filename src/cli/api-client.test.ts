import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { apiClient } from './api-client.ts'

const closers: (() => void)[] = []
afterEach(() => {
  for (const close of closers.splice(0)) close()
})

// A server on loopback that answers 429 (Retry-After 0) `limited` times, then the API-key list.
async function server(limited: number) {
  let seen = 0
  const http = createServer((_request, response) => {
    seen += 1
    if (seen <= limited) {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' })
      response.end(
        JSON.stringify({
          error: { code: 'request.rate_limited', message: 'slow down', details: {} },
        }),
      )
      return
    }
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ items: [] }))
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  closers.push(() => http.close())
  const { port } = http.address() as AddressInfo
  return { url: `http://127.0.0.1:${String(port)}`, requests: () => seen }
}

describe('the API client on a rate-limited server', () => {
  it('waits as Retry-After says and sends the request again', async () => {
    const api = await server(2)
    const client = apiClient(api.url, 'bk_test')
    expect(await client.access.listApiKeys()).toEqual([])
    expect(api.requests()).toBe(3)
  })

  it('gives up after five retries with the server’s error', async () => {
    const api = await server(100)
    await expect(apiClient(api.url, 'bk_test').access.listApiKeys()).rejects.toMatchObject({
      code: 'request.rate_limited',
      message: 'slow down',
    })
    expect(api.requests()).toBe(6)
  })
})
