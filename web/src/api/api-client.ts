/** An error the API answered in its wire shape, or a network failure. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  constructor(status: number, code: string, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
  }
}

export type ApiClient = {
  get<T>(path: string): Promise<T>
  getText(path: string): Promise<string>
  send<T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown): Promise<T>
}

type ErrorWire = { error?: { code?: string; message?: string } }

async function failure(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as ErrorWire
  return new ApiError(
    response.status,
    body.error?.code ?? `http.${response.status}`,
    body.error?.message ?? `The server answered ${response.status} ${response.statusText}.`,
  )
}

/** Talks to the Baton API on this origin with one API key (sent as a bearer token). */
export function apiClient(apiKey: string, fetcher: typeof fetch = fetch): ApiClient {
  async function call(method: string, path: string, body?: unknown): Promise<Response> {
    let response: Response
    try {
      response = await fetcher(path, {
        method,
        headers: {
          authorization: `Bearer ${apiKey}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    } catch {
      throw new ApiError(0, 'network', 'Cannot reach the Baton server; is it running?')
    }
    if (!response.ok) throw await failure(response)
    return response
  }
  return {
    get: async <T>(path: string) => (await (await call('GET', path)).json()) as T,
    getText: async (path) => (await call('GET', path)).text(),
    send: async <T>(method: string, path: string, body: unknown) => {
      const response = await call(method, path, body)
      return (response.status === 204 ? undefined : await response.json()) as T
    },
  }
}
