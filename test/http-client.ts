import pino from 'pino'
import type { Storage } from '../src/app/ports.ts'
import { createHttpApp } from '../src/http/create-http-app.ts'
import { fixedClock } from './fixed-clock.ts'

export type Reply = { status: number; body: any; headers: Headers }

/** An in-process client of the HTTP API, signed in with one API key. */
export function httpClient(storage: Storage, apiKey?: string) {
  const app = createHttpApp({
    storage,
    clock: fixedClock(),
    logger: pino({ level: 'silent' }),
    version: 'test',
  })
  async function send(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const init: RequestInit = {
      method,
      headers: {
        ...(apiKey === undefined ? {} : { authorization: `Bearer ${apiKey}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    }
    const response = await app.request(path, init)
    const text = await response.text()
    return {
      status: response.status,
      body: text === '' ? undefined : JSON.parse(text),
      headers: response.headers,
    }
  }
  return {
    get: (path: string, headers?: Record<string, string>) => send('GET', path, undefined, headers),
    post: (path: string, body: unknown, headers?: Record<string, string>) =>
      send('POST', path, body, headers),
    patch: (path: string, body: unknown) => send('PATCH', path, body),
    send,
  }
}
