/** Report formats selectable with `--report`, for the library API (the CLI loads only the one it uses: load.ts). */
import {reporter as pretty} from 'vfile-reporter'
import {flatteningFailures, type Reporter} from './failures.js'
import {githubReporter} from './github.js'
import {jsonReporter} from './json.js'
import type {ReporterName} from './names.js'
import {quickfixReporter} from './quickfix.js'
import {sarifReporter} from './sarif.js'

export type {Reporter} from './failures.js'
export {flattenFailure} from './failures.js'
export {reporterNames} from './names.js'

const formats = {
  pretty: pretty as Reporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  quickfix: quickfixReporter
} satisfies Record<ReporterName, Reporter>

/** Every format, with failures flattened to one plain line first. */
export const reporters: Readonly<Record<string, Reporter>> = Object.fromEntries(
  Object.entries(formats).map(([name, format]) => [name, flatteningFailures(format)])
)
