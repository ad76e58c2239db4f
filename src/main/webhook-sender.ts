import type { WebhookSender } from '../app/sla/deliver-outbox.ts'

/** POSTs with fetch and a timeout, so one slow receiver cannot stall delivery. */
export function fetchWebhookSender(timeoutMs = 10_000): WebhookSender {
  return {
    async post(url, request) {
      const response = await fetch(url, {
        method: 'POST',
        body: request.body,
        headers: request.headers,
        signal: AbortSignal.timeout(timeoutMs),
      })
      await response.body?.cancel()
      return { status: response.status }
    },
  }
}
