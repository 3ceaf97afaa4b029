/**
 * A `--jobs` worker: lints the files the main thread sends (see parallel.ts)
 * and sends back the messages.
 */
import {parentPort} from 'node:worker_threads'
import {lintJob} from './lint-job.js'
import type {Job} from './protocol.js'

parentPort?.on('message', (job: Job) => {
  lintJob(job).then((result) => parentPort!.postMessage(result))
})
