/** Query parameters that identify a click, campaign or share rather than the document, so they never belong in the
 * article's URL. */

const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', '__hs', '_hs'];

const TRACKING_NAMES = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  'hsctatracking',
  'ocid',
  'ncid',
  'cmpid',
  'cmp',
  'smid',
  'smtyp',
  'sr_share',
  'ito',
  'at_medium',
  'at_campaign',
  'wt.mc_id',
  'wt_mc',
  'vero_id',
  'oly_anon_id',
  'oly_enc_id',
  'rb_clickid',
  's_cid',
  '_ga',
  '_gl',
  'ref_src',
  'ref_url',
]);

/** Hosts where `ref` names a branch or tag (part of the document), not a referrer. */
const REF_IS_CONTENT_HOSTS = /(^|\.)(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)$/;

function isTracking(name: string, host: string): boolean {
  const key = name.toLowerCase();
  if (TRACKING_NAMES.has(key)) return true;
  if (TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix))) return true;
  // On news and blog pages `ref` records where the reader came from (?ref=todayspaper, ?ref=hackernews).
  return key === 'ref' && !REF_IS_CONTENT_HOSTS.test(host);
}

/** The URL without its fragment and tracking parameters; other parameters keep their order. */
export function stripTracking(url: URL): string {
  const clean = new URL(url.href);
  clean.hash = '';
  const kept = Array.from(clean.searchParams).filter(([name]) => !isTracking(name, clean.hostname));
  if (kept.length !== Array.from(clean.searchParams).length) {
    clean.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString();
  }
  return clean.href;
}
