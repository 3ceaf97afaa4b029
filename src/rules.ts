/** Every rule copydesk ships, by rule id. */
import boilerplate from '../rules/boilerplate.js'
import duplicateAttribution from '../rules/duplicate-attribution.js'
import entityConflation from '../rules/entity-conflation.js'
import nameConsistency from '../rules/name-consistency.js'
import redundancy from '../rules/redundancy.js'
import unattributedClaim from '../rules/unattributed-claim.js'
import unattributedQuote from '../rules/unattributed-quote.js'
import type {RulePlugin} from './rule-kit.js'
import {readability, repeatedWords} from './third-party.js'

export const rules: Readonly<Record<string, RulePlugin>> = {
  boilerplate,
  redundancy,
  'entity-conflation': entityConflation,
  'name-consistency': nameConsistency,
  'repeated-words': repeatedWords,
  readability,
  'duplicate-attribution': duplicateAttribution,
  'unattributed-claim': unattributedClaim,
  'unattributed-quote': unattributedQuote
}

export const ruleIds: readonly string[] = Object.keys(rules)
