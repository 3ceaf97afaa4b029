/**
 * Every rule id, in the order the rules run and are listed. A module of its
 * own, so `copydesk --help` names the rules without loading them; index.ts
 * must map exactly these ids (its type says so).
 */
export const ruleIds = [
  'boilerplate',
  'redundancy',
  'entity-conflation',
  'name-consistency',
  'number-consistency',
  'title-consistency',
  'quote-integrity',
  'timeline-consistency',
  'repeated-words',
  'readability',
  'duplicate-attribution',
  'unattributed-claim',
  'unattributed-quote'
] as const

export type RuleId = (typeof ruleIds)[number]
