import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The signature header value for a webhook body: HMAC-SHA256 with the webhook's secret over
 * "<timestamp>.<raw body>", hex, as `sha256=<hex>`. The timestamp (Unix seconds) travels in
 * `x-baton-timestamp`, so a receiver can refuse replays of old bodies.
 */
export function signWebhookBody(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

/** True when a received signature matches the body, timestamp and secret (constant-time compare). */
export function verifyWebhookSignature(
  secret: string,
  received: { readonly timestamp: number; readonly body: string; readonly signature: string },
): boolean {
  const expected = Buffer.from(signWebhookBody(secret, received.timestamp, received.body))
  const actual = Buffer.from(received.signature)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}
