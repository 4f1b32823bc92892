/**
 * Containment and overlap queries over a fixed set of spans (people's mentions) in O(log n) each, so that checking
 * every country hit against every person mention stays linear-logarithmic on long texts.
 */

/** A span of the text, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Spans sorted by start, with the running maximum of their ends. */
export class SpanIndex {
  private readonly starts: number[];
  private readonly maxEnds: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    let max = Number.NEGATIVE_INFINITY;
    this.maxEnds = sorted.map((s) => (max = Math.max(max, s.end)));
  }

  /** Index of the last span whose start is ≤ `offset` (or < it when `strict`), or -1. */
  private lastStartingBy(offset: number, strict: boolean): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.starts[mid]!;
      if (strict ? s < offset : s <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Whether some span contains [start, end). */
  contains(start: number, end: number): boolean {
    const i = this.lastStartingBy(start, false);
    return i >= 0 && this.maxEnds[i]! >= end;
  }

  /** Whether some span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const i = this.lastStartingBy(end, true);
    return i >= 0 && this.maxEnds[i]! > start;
  }
}
