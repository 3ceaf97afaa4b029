/**
 * One report format, loaded when it is asked for: a run that prints the
 * pretty report does not load the SARIF builder, and one that writes SARIF
 * does not load the terminal reporter. The same formats as `reporters` (index.ts).
 */
import {flatteningFailures, type Reporter} from './failures.js'
import type {ReporterName} from './names.js'

const loaders: Record<ReporterName, () => Promise<Reporter>> = {
  pretty: async () => (await import('vfile-reporter')).reporter as Reporter,
  json: async () => (await import('./json.js')).jsonReporter,
  sarif: async () => (await import('./sarif.js')).sarifReporter,
  github: async () => (await import('./github.js')).githubReporter,
  quickfix: async () => (await import('./quickfix.js')).quickfixReporter
}

/** The format, with failures flattened to one plain line first. */
export async function loadReporter(name: ReporterName): Promise<Reporter> {
  return flatteningFailures(await loaders[name]())
}
