/**
 * Index of the last span whose start (read by `startOf`) is at or before
 * `offset`, in spans sorted by start (binary search), or -1. For spans that
 * never overlap, it is the only one that can contain `offset`.
 */
export function lastStartingBefore<Span>(spans: ReadonlyArray<Span>, offset: number, startOf: (span: Span) => number): number {
  let low = 0
  let high = spans.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (startOf(spans[middle]) <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}
