import autocannon from 'autocannon'

/** One stream of batched POSTs offered at a fixed rate. */
export type Stream = {
  readonly label: string
  readonly path: string
  readonly rowsPerRequest: number
  readonly requestsPerSecond: number
  readonly seconds: number
  /** The JSON body of the `index`-th request; every row in it is new. */
  readonly body: (index: number) => unknown
}

export type RowCounts = { created: number; updated: number; merged: number; rejected: number }

export type StreamResult = {
  readonly label: string
  readonly requests: number
  readonly elapsedSeconds: number
  /** Rows in 200 answers, by outcome: what the server acknowledged. */
  readonly rows: RowCounts
  /** Non-2xx answers, connection errors and timeouts. */
  readonly failedRequests: number
  readonly p50Ms: number
  readonly p99Ms: number
}

type Reply = { summary?: Partial<RowCounts> }

// Each connection holds one request at a time; enough of them that a slow answer does not lower
// the rate offered until a request takes longer than connections / rate seconds.
const connectionsFor = (stream: Stream) => Math.max(4, Math.ceil(stream.requestsPerSecond * 2))

/**
 * Offers `requestsPerSecond` POSTs for `seconds` (a fixed number of requests, so every request
 * sent is answered before the count ends) and tallies the rows each 200 answer acknowledges.
 */
export async function offerLoad(
  url: string,
  apiKey: string,
  stream: Stream,
): Promise<StreamResult> {
  const rows: RowCounts = { created: 0, updated: 0, merged: 0, rejected: 0 }
  let next = 0
  const started = performance.now()
  const result = await autocannon({
    url,
    connections: connectionsFor(stream),
    overallRate: stream.requestsPerSecond,
    amount: stream.requestsPerSecond * stream.seconds,
    timeout: 120,
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        path: stream.path,
        setupRequest: (request) => ({ ...request, body: JSON.stringify(stream.body(next++)) }),
        onResponse: (status, body) => {
          if (status !== 200) return
          const summary = (JSON.parse(body) as Reply).summary ?? {}
          for (const kind of ['created', 'updated', 'merged', 'rejected'] as const)
            rows[kind] += summary[kind] ?? 0
        },
      },
    ],
  })
  return {
    label: stream.label,
    requests: result.requests.total,
    elapsedSeconds: (performance.now() - started) / 1000,
    rows,
    failedRequests: result.non2xx + result.errors + result.timeouts,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  }
}

/** Requests per second and p99 latency of GET /health for `seconds`, as fast as it answers. */
export async function measureHealth(url: string, seconds: number) {
  const result = await autocannon({ url: `${url}/health`, connections: 10, duration: seconds })
  return {
    perSecond: result.requests.average,
    p99Ms: result.latency.p99,
    failed: result.non2xx + result.errors,
  }
}
