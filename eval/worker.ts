/** A worker thread of the bench: evaluates its share of the articles with the library API and sends the results back. */
import {parentPort, workerData} from 'node:worker_threads'
import {loadCorpus} from './article.js'
import {loadGenerators} from './registry.js'
import {evaluateArticle, type ArticleResult} from './run.js'
import type {ShapeName} from './shapes.js'

interface Job {
  shared: string
  names: string[]
  shapes: ShapeName[]
  seed: number
}

const job = workerData as Job
const wanted = new Set(job.names)
const articles = loadCorpus(job.shared).filter((article) => wanted.has(article.name))
const generators = await loadGenerators()
const results: Array<[string, ArticleResult]> = []
for (const article of articles) {
  results.push([article.name, await evaluateArticle(article, job.shapes, generators, job.seed)])
  parentPort!.postMessage({progress: 1})
}
parentPort!.postMessage({results})
