/**
 * Presets: named sets of rule settings. A configuration picks one with
 * `"preset"` and adjusts single rules with `"rules"`.
 */
export type RuleSettings = Record<string, unknown>

/** The embedded default: every rule at the severity its precision has earned. */
export const recommended: RuleSettings = {
  boilerplate: 'warn',
  redundancy: 'warn',
  'entity-conflation': 'warn',
  'name-consistency': 'warn',
  'repeated-words': 'warn',
  readability: 'info',
  'duplicate-attribution': 'warn',
  'unattributed-claim': 'warn',
  'unattributed-quote': 'warn',
  'number-consistency': 'warn',
  'title-consistency': 'warn',
  'timeline-consistency': 'warn',
  'quote-integrity': 'warn'
}

/** For a publishing gate: every editorial rule is an error. */
export const strict: RuleSettings = {
  ...recommended,
  boilerplate: 'error',
  redundancy: 'error',
  'repeated-words': 'error',
  'entity-conflation': 'error',
  'name-consistency': 'error',
  'duplicate-attribution': 'error',
  'unattributed-claim': 'error',
  'unattributed-quote': 'error',
  'number-consistency': 'error',
  'title-consistency': 'error',
  'timeline-consistency': 'error',
  'quote-integrity': 'error'
}

/** Nothing on: build a configuration from scratch. */
export const none: RuleSettings = {}

export const presets: Readonly<Record<string, RuleSettings>> = {recommended, strict, none}
