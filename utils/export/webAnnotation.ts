import { formatDateValue } from '../timeline/dateLabel';
import { scopeTitle } from './exportEvents';
import type { DatelineExport, ExportedArticle } from './types';

/** Context of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/). */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Characters of context kept before and after a quote, as the model's TextQuoteSelector suggests. */
const CONTEXT_CHARS = 32;

type Body =
  | { type: 'TextualBody'; value: string; purpose: 'tagging' | 'describing'; format: 'text/plain' }
  | { type: 'SpecificResource'; source: string; purpose: 'identifying' };

/** One mention as a Web Annotation. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'tagging';
  body: Body[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

/** The export as an AnnotationCollection whose single page holds every annotation. */
export interface WebAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** A deterministic UUID-shaped name for `key` (four FNV-1a hashes), so re-exporting gives the same ids. */
export function stableUuid(key: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x050c5d1f, 0x2f1a6c3b].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  });
  const hex = words.join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The model counts positions in Unicode code points; the analysis counts UTF-16 code units. Returns a converter,
 * the identity when the text has no astral characters.
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = points;
    const code = text.charCodeAt(i);
    if (!(code >= 0xd800 && code <= 0xdbff && i + 1 < text.length)) points++;
  }
  map[text.length] = points;
  return (i) => map[Math.max(0, Math.min(i, text.length))]!;
}

function annotationsOf(source: ExportedArticle, keep: (kind: string, key: string) => boolean): WebAnnotation[] {
  const { text } = source;
  const url = source.article.url;
  const toPoints = codePointOffsets(text);
  const make = (
    kind: string,
    key: string,
    span: { start: number; end: number },
    motivation: WebAnnotation['motivation'],
    body: Body[],
  ): WebAnnotation => ({
    id: `urn:uuid:${stableUuid(`${url}\u0000${kind}\u0000${key}\u0000${span.start}\u0000${span.end}`)}`,
    type: 'Annotation',
    motivation,
    body,
    target: {
      source: url,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: text.slice(span.start, span.end),
          prefix: text.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start),
          suffix: text.slice(span.end, span.end + CONTEXT_CHARS),
        },
        { type: 'TextPositionSelector', start: toPoints(span.start), end: toPoints(span.end) },
      ],
    },
  });
  const out: WebAnnotation[] = [];
  for (const p of source.people) {
    if (!keep('person', p.id)) continue;
    const body: Body[] = [
      { type: 'TextualBody', value: p.name, purpose: 'tagging', format: 'text/plain' },
      { type: 'SpecificResource', source: `urn:dateline:person:${encodeURIComponent(p.id)}`, purpose: 'identifying' },
    ];
    if (p.role) body.push({ type: 'TextualBody', value: p.role, purpose: 'describing', format: 'text/plain' });
    for (const m of p.mentions) out.push(make('person', p.id, m, 'identifying', body));
  }
  for (const c of source.countries) {
    if (!keep('country', c.code)) continue;
    const body: Body[] = [
      { type: 'TextualBody', value: c.name, purpose: 'tagging', format: 'text/plain' },
      {
        type: 'SpecificResource',
        source: `https://www.iso.org/obp/ui/#iso:code:3166:${c.code}`,
        purpose: 'identifying',
      },
    ];
    for (const m of c.mentions) out.push(make('country', c.code, m, 'identifying', body));
  }
  for (const t of source.timexes) {
    if (!keep('date', t.value)) continue;
    out.push(
      make('date', t.value, t, 'tagging', [
        { type: 'TextualBody', value: t.value, purpose: 'tagging', format: 'text/plain' },
        { type: 'TextualBody', value: formatDateValue(t.value), purpose: 'describing', format: 'text/plain' },
      ]),
    );
  }
  return out.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
}

/**
 * Every mention of the export (for an entity's export, that entity's mentions) as a W3C Web Annotation with a
 * TextQuoteSelector and a TextPositionSelector over the article's extracted text.
 */
export function toWebAnnotations(doc: DatelineExport): WebAnnotationCollection {
  const { scope } = doc;
  const keep = (kind: string, key: string) =>
    scope.kind === 'person'
      ? kind === 'person' && key === scope.id
      : scope.kind === 'country'
        ? kind === 'country' && key === scope.code
        : true;
  const items = doc.articles.flatMap((a) => annotationsOf(a, keep));
  const id = `urn:uuid:${stableUuid(`${doc.exportedAt}\u0000${JSON.stringify(scope)}`)}`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Dateline: ${scopeTitle(scope)}`,
    total: items.length,
    first: { id: `${id}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
