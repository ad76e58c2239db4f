/** Why a page view is not recorded although it arrived: the browser asked not to be tracked. */
export type TrackingRefusal = 'do_not_track' | 'global_privacy_control'

/**
 * Whether the request's privacy signals forbid recording it: `DNT: 1` (Do-Not-Track) or
 * `Sec-GPC: 1` (Global Privacy Control). The script checks the same signals and sends nothing;
 * this is the server's promise for clients that send anyway.
 */
export function trackingRefusal(headers: {
  readonly dnt?: string | undefined
  readonly secGpc?: string | undefined
}): TrackingRefusal | null {
  if (headers.dnt?.trim() === '1') return 'do_not_track'
  if (headers.secGpc?.trim() === '1') return 'global_privacy_control'
  return null
}
