/**
 * unattributed-claim: a claim hedged or credited to nobody: hedge adverbs
 * (`reportedly`), impersonal passives (`it is believed that`), rumour frames
 * (`reports say`) and vague crowds as sources (`some analysts say`). A named
 * source in the same or an adjacent sentence settles it.
 * Documentation: rules/unattributed-claim.md.
 */
import {attributionsOf, type Attributions, type Frame} from '../../src/analysis/attributions.js'
import {indexAt} from '../../src/analysis/spans.js'
import {wordRuns, type Sentence, type Token} from '../../src/analysis/text.js'
import {
  accuserWords,
  auxiliaries,
  clauseOpeners,
  crowdVerbs,
  determiners,
  hedgeMatcher,
  sourceNouns,
  specificDeterminers,
  vagueHeads,
  vagueSourceTables,
  verbTable,
  type Hedge,
  type VagueSourceTables,
  type VerbTable
} from '../../src/lexicon/attribution.js'
import {defineRule, type Severity} from '../../src/rule-kit/rule-kit.js'

interface Options {
  /** More hedge phrases (`"word on the street is"`). */
  extraHedges?: string[]
  /** Built-in hedge phrases to accept. */
  ignoreHedges?: string[]
  /** More vague crowd nouns (`"onlookers"`). */
  extraGroups?: string[]
  /** More reporting verbs: a form or `"lemma:form,form"`. */
  extraVerbs?: string[]
  /** Severity for anonymous-but-described sources (`officials familiar with the talks`). */
  describedSeverity?: Severity
}

export default defineRule<Options>(
  {
    id: 'unattributed-claim',
    description: 'A claim hedged (reportedly, it is believed) or credited to a vague crowd instead of a named source.',
    options: {extraHedges: 'string[]', ignoreHedges: 'string[]', extraGroups: 'string[]', extraVerbs: 'string[]', describedSeverity: 'severity'},
    defaults: {extraHedges: [], ignoreHedges: [], extraGroups: [], extraVerbs: [], describedSeverity: 'info'},
    messages: {
      'unsourced-hedge': 'a hedge (`reportedly`, `it is believed`) with no source',
      'anonymous-source': 'a described but unnamed source',
      'vague-crowd': 'a claim credited to a vague crowd (`experts say`)'
    },
    englishOnly: true
  },
  ({document, options, report}) => {
    const attributions = attributionsOf(document, options.extraVerbs)
    const verbs = verbTable(options.extraVerbs)
    const matcher = hedgeMatcher(options.extraHedges, options.ignoreHedges)
    const vague = vagueSourceTables(options.extraGroups)
    const sentences = document.sentences
    const named = namedSources(attributions, sentences.length)

    /** A named credit near the hedge, not one the hedge sits inside (`growers reportedly expect`). */
    const sourceNear = (sentence: Sentence, wholeParagraph: boolean, hedge: Token): boolean => {
      for (let index = sentence.index - (wholeParagraph ? 50 : 1); index <= sentence.index + (wholeParagraph ? 50 : 1); index++) {
        const other = sentences[index]
        if (!other || other.paragraph !== sentence.paragraph) continue
        for (const frame of named[index] ?? []) if (!(frame.start <= hedge.start && hedge.start < Math.max(frame.end, frame.verb.end))) return true
      }
      return false
    }

    /** Hedge phrases already questioned, per paragraph: one question per paragraph is enough. */
    const asked = new Set<string>()
    /** A named credit in the sentence itself, other than one the phrase sits inside. */
    const sourceNearOffset = (sentence: Sentence, offset: number): boolean =>
      (named[sentence.index] ?? []).some((frame) => !(frame.start <= offset && offset < Math.max(frame.end, frame.verb.end)))
    for (const sentence of sentences) {
      // An interviewee's answers are their own words, like a quotation.
      if (attributions.transcript.has(sentence.paragraph)) continue
      for (const run of outsideQuotes(sentence, attributions)) {
        /** End of the last hedge reported in this run: a vague crowd inside it is the same finding. */
        let reportedUntil = -1
        for (const match of matcher.findAll(run)) {
          const hedge = match.phrase.value
          const first = match.tokens[0]
          const last = match.tokens[match.tokens.length - 1]
          if (!isHedgeHere(hedge, run, sentence, first, last)) continue
          if (sourceNear(sentence, hedge.weak === true, first)) continue
          if (hedge.needsAccuser && accuserNear(sentence, sentences, first, last)) continue
          const phrase = document.text.slice(first.start, last.end)
          reportedUntil = last.end
          const key = sentence.paragraph + ':' + hedge.phrase
          if (asked.has(key)) continue
          asked.add(key)
          report({
            start: first.start,
            end: last.end,
            messageId: 'unsourced-hedge',
            reason: `\`${phrase}\` leaves the claim without a source: who says so? Name the source or drop the hedge`
          })
        }
        for (const found of vagueSources(run, vague, verbs)) {
          if (found.described && options.describedSeverity === 'off') continue
          if (found.start < reportedUntil) continue
          // `according to AFP, which cited sources close to the inquiry`: a named outlet vouches for them.
          if (found.described && sourceNearOffset(sentence, found.start)) continue
          const phrase = document.text.slice(found.start, found.end)
          report({
            start: found.start,
            end: found.end,
            messageId: found.described ? 'anonymous-source' : 'vague-crowd',
            reason: found.described
              ? `\`${phrase}\` is an anonymous source: say why the source cannot be named, or name them`
              : `\`${phrase}\` credits the claim to a vague crowd: which ones? Name them or quote one`,
            advisory: found.described && options.describedSeverity === 'info'
          })
        }
      }
    }
  }
)

/** Per sentence: the named (not vague) credits standing in it. */
function namedSources(attributions: Attributions, count: number): Frame[][] {
  const named: Frame[][] = new Array(count)
  for (const frame of attributions.frames) {
    if (!isNamed(frame)) continue
    ;(named[frame.verb.sentence] ??= []).push(frame)
  }
  return named
}

function isNamed(frame: Frame): boolean {
  const speaker = frame.speaker
  if (!speaker) return false
  // `the report`, `their sources`, `the BBC's reports`: a definite or owned report is a specific one.
  if (vagueHeads.has(speaker.head)) return speaker.tokens.length > 1 && specificDeterminers.has(speaker.tokens[0].lower)
  return true
}

/** Runs of words outside quotation marks: a speaker's own hedge is theirs to make. */
function outsideQuotes(sentence: Sentence, attributions: Attributions): Token[][] {
  const runs: Token[][] = []
  for (const run of wordRuns(sentence)) {
    let current: Token[] = []
    for (const token of run) {
      if (attributions.quoted.has(token)) {
        if (current.length > 0) runs.push(current)
        current = []
      } else current.push(token)
    }
    if (current.length > 0) runs.push(current)
  }
  return runs
}

function isHedgeHere(hedge: Hedge, run: Token[], sentence: Sentence, first: Token, last: Token): boolean {
  // `the alleged gunman`, `a purported letter`: legal hedging on a noun, not a missing source.
  if (hedge.pos === 'adjective' || hedge.evidential) return false
  const lastIndex = indexAt(run, last.start)
  const next = run[lastIndex + 1]
  if (hedge.frame === 'raising') {
    // `is said to be` hedges; `is reported to police` does not.
    // `was reported to police` names a recipient, not an infinitive.
    if (!next || determiners.has(next.lower) || accuserWords.has(next.lower) || /^[A-Z0-9]/.test(next.value)) return false
  }
  if (hedge.frame === 'it-passive') {
    // `it was reported by Reuters` names its source.
    for (let index = lastIndex + 1; index < Math.min(run.length, lastIndex + 4); index++) if (run[index].lower === 'by') return false
    // `it was known as the Grand Hotel`, `it was reported to police`: `it` is a thing, not a dummy subject.
    if (next && (next.lower === 'as' || next.lower === 'for' || next.lower === 'to')) return false
  }
  // `according to reports from the interior ministry` names its source.
  if (hedge.kind === 'rumour' && next && /^(from|by|of|in)$/.test(next.lower)) return false
  if (hedge.kind === 'rumour' && /^(reports|media|sources)$/.test(first.lower)) {
    // `BBC reports say`: a named outlet before the noun is a source.
    const before = run[indexAt(run, first.start) - 1]
    if (before && /^[A-Z]/.test(before.value)) return false
  }
  void sentence
  return true
}

/** `allegedly` is settled by an accuser in its paragraph, up to the next sentence (`Police say he allegedly …`). */
function accuserNear(sentence: Sentence, sentences: readonly Sentence[], first: Token, last: Token): boolean {
  for (let index = sentence.index + 1; index >= 0; index--) {
    const other = sentences[index]
    if (!other || other.paragraph !== sentence.paragraph) {
      if (index <= sentence.index) break
      continue
    }
    for (const word of other.words) if (word !== first && word !== last && accuserWords.has(word.lower)) return true
  }
  return false
}

interface VagueFound {
  start: number
  end: number
  described: boolean
}

/** `some analysts say`, `Critics claim`, `according to some observers`, and described sources. */
function vagueSources(run: Token[], tables: VagueSourceTables, verbs: VerbTable): VagueFound[] {
  const found: VagueFound[] = []
  for (let index = 0; index < run.length; index++) {
    const word = run[index]
    const previous = run[index - 1]
    const according = word.lower === 'according' && run[index + 1]?.lower === 'to'
    const at = according ? index + 2 : index
    if (at >= run.length) continue
    const quantifier = tables.quantifiers.matchAt(run, at)[0]
    const groupAt = quantifier ? at + quantifier.tokens.length : at
    const group = groupAt < run.length ? tables.groups.matchAt(run, groupAt)[0] : undefined
    if (group) {
      const groupEnd = groupAt + group.tokens.length
      const startToken = run[index]
      const endToken = run[groupEnd - 1]
      // `X and other researchers`, `the analysts at Moody's`: a list or a determiner makes them specific.
      const specific =
        (!according && previous !== undefined && (previous.lower === 'and' || previous.lower === 'or' || determiners.has(previous.lower))) ||
        (quantifier?.phrase.value.weak === true) ||
        isSpecifiedAfter(run, groupEnd)
      if (!specific) {
        if (according && quantifier) {
          found.push({start: startToken.start, end: endToken.end, described: false})
          index = groupEnd - 1
          continue
        }
        const verb = verbAfter(run, groupEnd, verbs)
        const standalone = !quantifier && tables.standalone.has(group.tokens.map((token) => token.lower).join(' '))
        // `Critics say`, `…, but critics say`: a bare crowd opening its clause; `the critics say` is specific.
        if (verb && (quantifier || (standalone && (previous === undefined || clauseOpeners.has(previous.lower))))) {
          found.push({start: startToken.start, end: verb.end, described: false})
          index = groupEnd
          continue
        }
      }
    }
    const described = tables.described.matchAt(run, index)[0]
    if (described) {
      const needsNoun = described.phrase.value.needsSourceNoun === true
      if (!needsNoun || (previous && sourceNouns.has(previous.lower))) {
        const startToken = needsNoun && previous ? previous : word
        found.push({start: startToken.start, end: described.tokens[described.tokens.length - 1].end, described: true})
        index += described.tokens.length - 1
      }
    }
  }
  return found
}

/** `analysts at Moody's`, `experts from the WHO`: a named institution after the crowd. */
function isSpecifiedAfter(run: Token[], index: number): boolean {
  const next = run[index]
  if (!next) return false
  if (/^(at|from|with|of|in|including|such|like|who|whom)$/.test(next.lower)) return true
  return /^[A-Z]/.test(next.value)
}

/** A reporting verb right after the crowd, auxiliaries and adverbs allowed between (`have long argued`). */
function verbAfter(run: Token[], index: number, verbs: VerbTable): Token | undefined {
  for (let walk = index; walk < run.length && walk < index + 4; walk++) {
    const token = run[walk]
    const verb = verbs.get(token.lower)
    if (verb) return verb.particle || !crowdVerbs.has(verb.lemma) ? undefined : token
    if (!auxiliaries.has(token.lower) && !/ly$/.test(token.lower)) return undefined
  }
  return undefined
}
