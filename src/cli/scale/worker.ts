/**
 * A `--jobs` worker: piscina loads this module once per worker thread and
 * calls its default export with each batch the main thread sends (see
 * parallel.ts); the messages go back as plain data, in the batch's order.
 */
import {lintJob} from './lint-job.js'
import type {Batch, BatchResult} from './protocol.js'

export default async function lintBatch(batch: Batch): Promise<BatchResult> {
  const results: BatchResult = []
  // One file at a time: a batch saves round trips, not memory.
  for (const job of batch) results.push(await lintJob(job))
  return results
}
