// The first-party tracking script served at /t.js. It runs on the workspace's own site, talks only
// to the Baton server that served it, keeps the visitor id in a first-party cookie (baton_vid) and
// sends nothing when the visitor opted out (window.batonOptOut = true or the cookie
// baton_optout=1) or the browser asks not to be tracked (Do-Not-Track, Global Privacy Control).
// Page views go as text/plain beacons, so browsers send them without a preflight request.
export const trackerScript = `(function () {
  'use strict'
  var d = document, w = window, n = navigator, s = d.currentScript
  var site = s && s.getAttribute('data-site')
  if (!site) return
  var endpoint = new URL('/v1/track?site=' + encodeURIComponent(site), s.src).href
  function cookie(name) {
    var m = d.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'))
    return m ? decodeURIComponent(m[1]) : null
  }
  function optedOut() {
    return w.batonOptOut === true || cookie('baton_optout') === '1' || n.doNotTrack === '1' ||
      w.doNotTrack === '1' || n.globalPrivacyControl === true
  }
  function visitorId() {
    var id = cookie('baton_vid')
    if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
      var bytes = new Uint8Array(16)
      w.crypto.getRandomValues(bytes)
      id = 'v' + Array.prototype.map.call(bytes, function (b) {
        return ('0' + b.toString(16)).slice(-2)
      }).join('')
    }
    d.cookie = 'baton_vid=' + id + '; Max-Age=31536000; Path=/; SameSite=Lax' +
      (location.protocol === 'https:' ? '; Secure' : '')
    return id
  }
  function page() {
    if (optedOut()) return
    var body = JSON.stringify({
      visitorId: visitorId(), url: location.href, referrer: d.referrer || null,
      title: d.title || null, companyDomain: w.batonCompanyDomain || null
    })
    if (n.sendBeacon && n.sendBeacon(endpoint, new Blob([body], { type: 'text/plain' }))) return
    w.fetch(endpoint, { method: 'POST', body: body, keepalive: true, credentials: 'omit',
      headers: { 'content-type': 'text/plain' } })
  }
  // A form handler puts baton.visitorId() in a hidden field and sends it with the lead.
  w.baton = { page: page, visitorId: function () { return optedOut() ? null : visitorId() } }
  var push = history.pushState
  history.pushState = function () { push.apply(this, arguments); page() }
  w.addEventListener('popstate', page)
  page()
})()
`
