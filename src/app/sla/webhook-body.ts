import type { ClaimedMessage, WebhookFormat } from './sla-ports.ts'

function slackText(message: ClaimedMessage): string {
  const payload = message.payload
  // A message that carries its own text (the weekly digest) is posted as it is.
  if (typeof payload.text === 'string') return payload.text
  const person = typeof payload.personId === 'string' ? ` for person ${payload.personId}` : ''
  const due = typeof payload.dueAt === 'string' ? ` (due ${payload.dueAt})` : ''
  return `Baton: ${message.topic}${person}${due} -> ${message.target}`
}

/** The body a webhook receives: the message as JSON, or a Slack-compatible `{ text }` payload. */
export function webhookBody(message: ClaimedMessage, format: WebhookFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify({
        id: message.id,
        topic: message.topic,
        target: message.target,
        payload: message.payload,
        createdAt: message.createdAt.toISOString(),
      })
    case 'slack':
      return JSON.stringify({ text: slackText(message) })
  }
}
