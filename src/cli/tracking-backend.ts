import type { AccountIpRange, TimelineEntry } from '../app/tracking/tracking-ports.ts'

/** The site key and the origins allowed to send page views. */
export type TrackingSiteView = { readonly siteKey: string; readonly origins: readonly string[] }

/** What the track commands ask of Baton, on the database or a running server. */
export interface TrackingBackend {
  site(): Promise<TrackingSiteView>
  addOrigin(origin: string): Promise<TrackingSiteView>
  removeOrigin(origin: string): Promise<TrackingSiteView>
  listIpRanges(): Promise<readonly AccountIpRange[]>
  addIpRange(accountId: string, cidr: string): Promise<AccountIpRange>
  removeIpRange(cidr: string): Promise<string>
  timeline(personId: string): Promise<readonly TimelineEntry[]>
}
