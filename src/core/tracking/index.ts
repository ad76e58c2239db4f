// Tracking: the rules for anonymous page views from a workspace's own sites. Invariants: a page view
// is accepted only from an origin the workspace listed, never when the browser asks not to be
// tracked (Do-Not-Track, Global Privacy Control), and at most a bucket's worth per visitor and per
// IP; a visitor stays anonymous until an identified event carries its id.
export {
  cleanPageView,
  visitorIdPattern,
  type CleanPageView,
  type PageViewInput,
} from './clean-page-view.ts'
export { takeRateToken, type RateBucket, type RatePolicy } from './take-rate-token.ts'
export { toCidr, toIpAddress, type Cidr } from './to-cidr.ts'
export { toSiteOrigin } from './to-site-origin.ts'
export { trackingRefusal, type TrackingRefusal } from './tracking-refusal.ts'
export { trackingSnippet } from './tracking-snippet.ts'
