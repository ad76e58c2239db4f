import type { WorkspaceId } from '../../core/shared/index.ts'
import type { Clock, Storage } from '../ports.ts'
import { withoutOptedOut } from '../privacy/without-opted-out.ts'
import { signWebhookBody } from './sign-webhook-body.ts'
import type { ClaimedMessage, DeliveryResult, WebhookWithSecret } from './sla-ports.ts'
import { webhookBody } from './webhook-body.ts'

/** Sends one HTTP POST; resolves with the status, rejects when nothing answered. */
export interface WebhookSender {
  post(
    url: string,
    request: { readonly body: string; readonly headers: Readonly<Record<string, string>> },
  ): Promise<{ readonly status: number }>
}

/** The log channel: every message is written once, on its first attempt. */
export type MessageLog = (entry: Readonly<Record<string, unknown>>) => void

export type DeliveryDeps = {
  readonly storage: Storage
  readonly clock: Clock
  readonly sender: WebhookSender
  readonly log: MessageLog
}

export type DeliveryOptions = {
  readonly batchSize: number
  /** How long a claimed message is held before another process may try it (a crash mid-send). */
  readonly leaseMs?: number
  /** The first retry waits this long; each next one twice as long, up to an hour. */
  readonly retryBaseMs?: number
}

const maxRetryMs = 3_600_000

async function sendTo(deps: DeliveryDeps, hook: WebhookWithSecret, message: ClaimedMessage) {
  const body = webhookBody(message, hook.format)
  const timestamp = Math.floor(deps.clock.now().getTime() / 1000)
  const headers = {
    'content-type': 'application/json',
    'x-baton-message-id': message.id,
    'x-baton-topic': message.topic,
    'x-baton-timestamp': String(timestamp),
    'x-baton-signature': signWebhookBody(hook.secret, timestamp, body),
  }
  try {
    const { status } = await deps.sender.post(hook.url, { body, headers })
    return status >= 200 && status < 300 ? undefined : `${hook.name}: HTTP ${status}`
  } catch (error) {
    return `${hook.name}: ${error instanceof Error ? error.message : String(error)}`
  }
}

function resultOf(
  message: ClaimedMessage,
  pending: readonly WebhookWithSecret[],
  outcome: { readonly deliveredTo: readonly string[]; readonly errors: readonly string[] },
  context: { readonly now: Date; readonly retryBaseMs: number },
): DeliveryResult {
  const { now } = context
  if (outcome.errors.length === 0) {
    return {
      ...outcome,
      status: 'delivered',
      nextAttemptAt: now,
      lastError: null,
      deliveredAt: now,
    }
  }
  const failing = pending.filter((hook) => !outcome.deliveredTo.includes(hook.id))
  const maxAttempts = Math.min(...failing.map((hook) => hook.maxAttempts))
  const delayMs = Math.min(context.retryBaseMs * 2 ** (message.attempts - 1), maxRetryMs)
  return {
    deliveredTo: outcome.deliveredTo,
    status: message.attempts >= maxAttempts ? 'dead' : 'pending',
    nextAttemptAt: new Date(now.getTime() + delayMs),
    lastError: outcome.errors.join('; '),
    deliveredAt: null,
  }
}

// A message queued before its person opted out (or was erased) is never sent: it is closed as dead.
async function isOptedOut(deps: DeliveryDeps, message: ClaimedMessage): Promise<boolean> {
  const store = deps.storage.forWorkspace(message.workspaceId)
  const allowed = await withoutOptedOut((ids) => store.privacy.findContactFacts(ids), [message])
  return allowed.length === 0
}

function optedOut(message: ClaimedMessage, now: Date): DeliveryResult {
  return {
    status: 'dead',
    deliveredTo: message.deliveredTo,
    nextAttemptAt: now,
    lastError: 'not sent: the person opted out of contact or was erased',
    deliveredAt: null,
  }
}

/**
 * Delivers one batch of pending outbox messages from every workspace: claimed with SKIP LOCKED and
 * leased, logged once, POSTed to each active webhook that takes the topic and has not yet taken
 * the message (signed with its secret), then marked delivered, retried with exponential backoff,
 * or dead after the webhook's maximum attempts; one about a person who opted out is closed unsent.
 * Returns how many messages it handled.
 */
export async function deliverOutbox(deps: DeliveryDeps, options: DeliveryOptions): Promise<number> {
  const now = deps.clock.now()
  const claimed = await deps.storage.sweeps.claimMessages({
    now,
    limit: options.batchSize,
    leaseUntil: new Date(now.getTime() + (options.leaseMs ?? 60_000)),
  })
  const hooks = new Map<WorkspaceId, readonly WebhookWithSecret[]>()
  for (const message of claimed) {
    if (await isOptedOut(deps, message)) {
      await deps.storage.sweeps.recordDelivery(message, optedOut(message, deps.clock.now()))
      continue
    }
    if (message.attempts === 1) {
      const { id, topic, target, payload, workspaceId } = message
      deps.log({ msg: 'outbox message', id, topic, target, payload, workspaceId })
    }
    if (!hooks.has(message.workspaceId)) {
      const store = deps.storage.forWorkspace(message.workspaceId)
      hooks.set(message.workspaceId, await store.sla.webhooks.listActiveWithSecrets())
    }
    const pending = (hooks.get(message.workspaceId) ?? []).filter(
      (hook) =>
        (hook.topics.length === 0 || hook.topics.includes(message.topic)) &&
        !message.deliveredTo.includes(hook.id),
    )
    const deliveredTo = [...message.deliveredTo]
    const errors: string[] = []
    for (const hook of pending) {
      const error = await sendTo(deps, hook, message)
      if (error === undefined) deliveredTo.push(hook.id)
      else errors.push(error)
    }
    const context = { now: deps.clock.now(), retryBaseMs: options.retryBaseMs ?? 30_000 }
    await deps.storage.sweeps.recordDelivery(
      message,
      resultOf(message, pending, { deliveredTo, errors }, context),
    )
  }
  return claimed.length
}
