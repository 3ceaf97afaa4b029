/**
 * A word typed three times (`the the the`) is one slip, not two: the pairs
 * that retext-repeated-words reports for it overlap, and are merged here into
 * one message over the whole run, so that its fix keeps a single word.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Merge each run of overlapping pair messages among `file.messages[from…]`, in place. */
export function mergeRuns(file: VFile, from: number): void {
  const messages = file.messages
  let kept = from
  for (let index = from; index < messages.length; index++) {
    const message = messages[index]
    const last = kept > from ? messages[kept - 1] : undefined
    if (last && continues(last, message)) {
      extend(last, message)
      continue
    }
    messages[kept++] = message
  }
  messages.length = kept
}

/** Whether `next` pairs the last word of `run` with the same word again. */
function continues(run: VFileMessage, next: VFileMessage): boolean {
  const end = endOffset(run)
  const start = startOffset(next)
  if (end === undefined || start === undefined || start >= end) return false
  return (run.expected?.[0] ?? '').toLowerCase() === (next.expected?.[0] ?? '').toLowerCase()
}

function extend(run: VFileMessage, next: VFileMessage): void {
  // `next.actual` starts with the word that ends `run.actual`.
  const overlap = next.expected?.[0]?.length ?? 0
  run.actual = (run.actual ?? '') + (next.actual ?? '').slice(overlap)
  if (run.place && 'start' in run.place && next.place && 'end' in next.place) run.place = {start: run.place.start, end: next.place.end}
  run.ancestors = next.ancestors
}

function startOffset(message: VFileMessage): number | undefined {
  return message.place && 'start' in message.place ? message.place.start.offset : undefined
}

function endOffset(message: VFileMessage): number | undefined {
  return message.place && 'end' in message.place ? message.place.end.offset : undefined
}
