/**
 * Binary search over items sorted by offset: the one search the document
 * model and the rules use to find a token, a quotation or a span.
 */

/** Index of the first item for which `before` is false, in items where it is true for a prefix only. */
export function partitionPoint<Item>(items: ReadonlyArray<Item>, before: (item: Item) => boolean): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (before(items[middle])) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Index of the last span whose start (read by `startOf`) is at or before
 * `offset`, in spans sorted by start, or -1. For spans that never overlap,
 * it is the only one that can contain `offset`.
 */
export function lastStartingBefore<Span>(spans: ReadonlyArray<Span>, offset: number, startOf: (span: Span) => number): number {
  return partitionPoint(spans, (span) => startOf(span) <= offset) - 1
}

/** Index of the first token starting at or after `offset`, in tokens sorted by offset. */
export function indexAt(tokens: ReadonlyArray<{start: number}>, offset: number): number {
  return partitionPoint(tokens, (token) => token.start < offset)
}
