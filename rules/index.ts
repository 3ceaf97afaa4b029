/** Every rule copydesk ships, by rule id. */
import boilerplate from './boilerplate/index.js'
import duplicateAttribution from './duplicate-attribution/index.js'
import entityConflation from './entity-conflation/index.js'
import nameConsistency from './name-consistency/index.js'
import numberConsistency from './number-consistency/index.js'
import quoteIntegrity from './quote-integrity/index.js'
import readability from './readability/index.js'
import redundancy from './redundancy/index.js'
import repeatedWords from './repeated-words/index.js'
import timelineConsistency from './timeline-consistency/index.js'
import titleConsistency from './title-consistency/index.js'
import unattributedClaim from './unattributed-claim/index.js'
import unattributedQuote from './unattributed-quote/index.js'
import type {RulePlugin} from '../src/rule-kit/rule-kit.js'
import {type RuleId, ruleIds as idList} from './ids.js'

export const rules: Readonly<Record<string, RulePlugin>> = {
  boilerplate,
  redundancy,
  'entity-conflation': entityConflation,
  'name-consistency': nameConsistency,
  'number-consistency': numberConsistency,
  'title-consistency': titleConsistency,
  'quote-integrity': quoteIntegrity,
  'timeline-consistency': timelineConsistency,
  'repeated-words': repeatedWords,
  readability,
  'duplicate-attribution': duplicateAttribution,
  'unattributed-claim': unattributedClaim,
  'unattributed-quote': unattributedQuote
} satisfies Record<RuleId, RulePlugin>

/** The same ids as the keys of `rules`, in the same order (test/inventory.test.ts checks). */
export const ruleIds: readonly string[] = idList
