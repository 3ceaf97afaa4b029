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
import type {PhraseMatch} from '../../src/lexicon/phrases.js'
import {normalizeWord} from '../../src/lexicon/words.js'
import {passiveHedges} from './passives.js'
import {
  accuserWords,
  auxiliaries,
  bareQuantifiers,
  beForms,
  clauseOpeners,
  crowdAdverbs,
  crowdVerbs,
  determiners,
  forecastVerbs,
  hedgeMatcher,
  sourceNouns,
  stoppers,
  specificDeterminers,
  vagueHeads,
  vagueSourceTables,
  verbTable,
  type Hedge,
  type VagueWord,
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
    options: {
      extraHedges: 'string[]',
      ignoreHedges: 'string[]',
      extraGroups: 'string[]',
      extraVerbs: 'string[]',
      describedSeverity: 'severity'
    },
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
    const ignoredHedges = new Set(options.ignoreHedges.map(normalizeWord))
    const vague = vagueSourceTables(options.extraGroups)
    const sentences = document.sentences
    const named = namedSources(attributions, sentences.length)
    /** Accuser words per sentence index, counted when a hedge first needs them. */
    const accusers: number[] = []

    /**
     * A named credit linked to the hedge: one in the same sentence, other than a credit
     * the hedge sits inside (`growers reportedly expect`). A source named in another
     * sentence does not vouch for this claim (`… reportedly fell. The ministry said …`),
     * except a press report beside a press-report hedge, which is its reporter (`…
     * reportedly shut. Radio Zet reported …`, `according to the report`): with
     * `pressBeside`, a `report` credit or an `according to` in the sentence either side.
     */
    const sourceNear = (sentence: Sentence, first: Token, last: Token, pressBeside: boolean): boolean => {
      for (let index = sentence.index - 1; index <= sentence.index + 1; index++) {
        const other = sentences[index]
        if (!other || other.paragraph !== sentence.paragraph) continue
        for (const frame of named[index] ?? []) {
          if (index !== sentence.index && !(pressBeside && isPressReport(frame))) continue
          if (frame.start <= first.start && first.start < Math.max(frame.end, frame.verb.end)) continue
          // The passive's own participle read as a credit (`it is widely believed`) is no source.
          if (frame.verb.start >= first.start && frame.verb.end <= last.end) continue
          return true
        }
      }
      return false
    }

    /** Hedge phrases already questioned, per paragraph: one question per paragraph is enough. */
    const asked = new Set<string>()
    /**
     * A named credit in the sentence itself, other than one the phrase sits inside or
     * the described source's own verb (`people familiar with the plans say`, where the
     * credit's speaker is read as `the plans`): one running on from the phrase unpunctuated.
     */
    const sourceNearOffset = (sentence: Sentence, found: VagueFound): boolean =>
      (named[sentence.index] ?? []).some((frame) => {
        if (frame.start <= found.start && found.start < Math.max(frame.end, frame.verb.end)) return false
        return !(frame.start >= found.start && !/[,;:.!?()"\u201c\u201d]/u.test(document.text.slice(found.end, frame.start)))
      })
    for (const sentence of sentences) {
      // An interviewee's answers are their own words, like a quotation.
      if (attributions.transcript.has(sentence.paragraph)) continue
      for (const run of outsideQuotes(sentence, attributions)) {
        /** End of the last hedge reported in this run: a vague crowd inside it is the same finding. */
        let reportedUntil = -1
        // Pushed, not spread: spreading walks iterators, allocations per run.
        const matches: Array<{hedge: Hedge; tokens: Token[]}> = matcher
          .findAll(run)
          .map((match) => ({hedge: match.phrase.value, tokens: match.tokens}))
        for (const match of passiveHedges(run)) if (!ignoredHedges.has(match.hedge.phrase)) matches.push(match)
        matches.sort((a, b) => a.tokens[0].start - b.tokens[0].start)
        for (const match of matches) {
          const hedge = match.hedge
          const first = match.tokens[0]
          const last = match.tokens[match.tokens.length - 1]
          if (!isHedgeHere(hedge, run, sentence, first, last)) continue
          if (sourceNear(sentence, first, last, hedge.advisory === true)) continue
          if (hedge.needsAccuser && accuserNear(sentence, sentences, accusers, first, last)) continue
          const phrase = document.text.slice(first.start, last.end)
          reportedUntil = last.end
          const key = sentence.paragraph + ':' + hedge.phrase
          if (asked.has(key)) continue
          asked.add(key)
          report({
            start: first.start,
            end: last.end,
            messageId: 'unsourced-hedge',
            reason: `\`${phrase}\` leaves the claim without a source: who says so? Name the source or drop the hedge`,
            advisory: hedge.advisory === true
          })
        }
        for (const found of vagueSources(run, vague, verbs)) {
          if (found.described && options.describedSeverity === 'off') continue
          if (found.start < reportedUntil) continue
          // `according to AFP, which cited sources close to the inquiry`: a named outlet vouches for them.
          if (found.described && sourceNearOffset(sentence, found)) continue
          // `…, according to a Gallup poll`, `Lund said many economists expect`: the claim is credited.
          if (!found.described && creditedInSentence(named[sentence.index] ?? [], found, document.text)) continue
          const phrase = document.text.slice(found.start, found.end)
          report({
            start: found.start,
            end: found.end,
            messageId: found.described ? 'anonymous-source' : 'vague-crowd',
            reason: found.described
              ? `\`${phrase}\` is an anonymous source: say why the source cannot be named, or name them`
              : `\`${phrase}\` credits the claim to a vague crowd: which ones? Name them or quote one`,
            advisory: (found.described && options.describedSeverity === 'info') || found.forecast
          })
        }
      }
    }
  }
)

/** `Radio Zet reported`, `according to the report`: a press report, not a gerund (`mandate reporting`). */
function isPressReport(frame: Frame): boolean {
  if (frame.kind === 'according') return true
  return frame.lemma === 'report' && !frame.verb.lower.endsWith('ing')
}

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
  // `it is widely believed`: an adverb read as the speaker of a passive is nobody.
  if (speaker.tokens.length === 1 && /^\p{Ll}+ly$/u.test(speaker.tokens[0].value)) return false
  // `the report`, `their sources`, `the BBC's reports`: a definite or owned report is a specific one.
  if (vagueHeads.has(speaker.head)) return speaker.tokens.length > 1 && specificDeterminers.has(speaker.tokens[0].lower)
  return true
}

/** Runs of words outside quotation marks: a speaker's own hedge is theirs to make. */
function outsideQuotes(sentence: Sentence, attributions: Attributions): Token[][] {
  const runs: Token[][] = []
  for (const run of wordRuns(sentence)) {
    // Most runs have no quoted word: the run itself, not a copy.
    if (!run.some((token) => attributions.quoted.has(token))) {
      runs.push(run)
      continue
    }
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
    // `CHOP, as it was later known, …`: a name the thing went by, not a claim.
    if (last.lower === 'known' && run[indexAt(run, first.start) - 1]?.lower === 'as') return false
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

/**
 * Accuser words in a sentence, counted on first need and kept by sentence index: only the
 * sentences a hedge asks about are counted (not every word of every draft), and each once.
 */
function accuserCount(sentence: Sentence, counted: number[]): number {
  let count = counted[sentence.index]
  if (count === undefined) {
    count = 0
    const words = sentence.words
    for (let index = 0; index < words.length; index++) if (accuserWords.has(words[index].lower)) count++
    counted[sentence.index] = count
  }
  return count
}

/**
 * `allegedly` is settled by an accuser in its sentence or the one before
 * (`Police say he allegedly …`). Each sentence is counted once, so each lookup is constant time after.
 */
function accuserNear(sentence: Sentence, sentences: readonly Sentence[], counted: number[], first: Token, last: Token): boolean {
  // This sentence and the one before it (`He was charged with fraud. He allegedly …`).
  let total = accuserCount(sentence, counted)
  const previous = sentences[sentence.index - 1]
  if (previous && previous.paragraph === sentence.paragraph) total += accuserCount(previous, counted)
  // The hedge's own words do not count (`alleged` is an accuser word too).
  if (accuserWords.has(first.lower)) total--
  if (last !== first && accuserWords.has(last.lower)) total--
  return total > 0
}

/**
 * A named credit linked to the crowd's claim: one the sentence continues with
 * (`…, according to a Gallup poll`, `…, the ministry said`), or one whose verb
 * introduces the crowd (`Lund said many economists expect`).
 */
function creditedInSentence(frames: readonly Frame[], found: VagueFound, text: string): boolean {
  for (const frame of frames) {
    if (frame.loose || (frame.start <= found.start && found.start < Math.max(frame.end, frame.verb.end))) continue
    if ((frame.trailing || frame.inverted || frame.kind === 'according') && frame.start >= found.end) return true
    if (
      frame.kind === 'verb' &&
      !frame.inverted &&
      frame.verb.end <= found.start &&
      ['', 'that'].includes(text.slice(frame.verb.end, found.start).trim())
    )
      return true
  }
  return false
}

interface VagueFound {
  start: number
  end: number
  described: boolean
  /** `analysts expect`: a consensus forecast, advisory. */
  forecast?: boolean
}

/** Up to this many lower-case modifiers between a quantifier and its crowd (`some local residents`). */
const maxModifiers = 2

/**
 * The crowd grammar: [according to] [quantifier] [modifiers] crowd [auxiliaries,
 * adverbs] verb (`a number of prominent economists have long argued`), a bare
 * quantifier as subject (`Many believe`), the verb first at a clause's end
 * (`…, say critics`), and anonymous-but-described sources.
 */
function vagueSources(run: Token[], tables: VagueSourceTables, verbs: VerbTable): VagueFound[] {
  const found: VagueFound[] = []
  for (let index = 0; index < run.length; index++) {
    const word = run[index]
    const previous = run[index - 1]
    const according = word.lower === 'according' && run[index + 1]?.lower === 'to'
    const at = according ? index + 2 : index
    if (at >= run.length) continue
    const quantifier = tables.quantifiers.matchAt(run, at)[0]
    const afterQuantifier = quantifier ? at + quantifier.tokens.length : at
    const crowd = crowdAt(run, afterQuantifier, tables, verbs, quantifier !== undefined)
    const opensClause = previous === undefined || clauseOpeners.has(previous.lower)
    if (crowd) {
      const {group, groupEnd} = crowd
      const startToken = run[index]
      const endToken = run[groupEnd - 1]
      // `X and other researchers`, `the analysts at Moody's`: a list or a determiner makes them specific.
      const listed =
        !according && previous !== undefined && (previous.lower === 'and' || previous.lower === 'or' || determiners.has(previous.lower))
      // A weak quantifier (`other`, `senior`) points back to a group just named (`Lund and other
      // analysts`, `other officials said`), except opening a clause with a present or perfect
      // verb: `Other analysts contend …` is a vague crowd.
      const weak = quantifier?.phrase.value.weak === true
      const weakVague = weak && !according && opensClause && verbAfter(run, groupEnd, verbs)?.generic === true
      const specific = listed || (weak && !weakVague) || isSpecifiedAfter(run, groupEnd)
      if (!specific) {
        if (according && quantifier) {
          found.push({start: startToken.start, end: endToken.end, described: false})
          index = groupEnd - 1
          continue
        }
        const verb = verbAfter(run, groupEnd, verbs)
        const groupText = group.tokens.map((token) => token.lower).join(' ')
        const standalone = !quantifier && tables.standalone.has(groupText)
        // `Others argue`: the crowd word that is itself a bare quantifier, in the present or perfect.
        const bareGroup = !quantifier && bareQuantifiers.has(groupText) && verb !== undefined && verb.generic
        // `Critics say`, `…, but critics say`: a bare crowd opening its clause; `the critics say` is specific.
        if (verb && (quantifier || ((standalone || bareGroup) && opensClause))) {
          found.push({start: startToken.start, end: verb.token.end, described: false, forecast: verb.forecast})
          index = verb.at
          continue
        }
      }
    } else if (quantifier && !according && opensClause && bareQuantifiers.has(quantifier.tokens.map((token) => token.lower).join(' '))) {
      // `Many believe …`, `Some have long argued …`; not `several said` (anaphora for a group just named).
      const verb = verbAfter(run, afterQuantifier, verbs)
      if (verb?.generic && !verb.forecast) {
        found.push({start: word.start, end: verb.token.end, described: false})
        index = verb.at
        continue
      }
    }
    // `…, say critics`, `…, argue some analysts`: the verb first, the crowd closing the clause.
    if (index === 0 && run.length > 1) {
      const verb = verbs.get(word.lower)
      if (verb && !verb.particle && crowdVerbs.has(verb.lemma)) {
        const inverted = tables.quantifiers.matchAt(run, 1)[0]
        const from = inverted ? 1 + inverted.tokens.length : 1
        const tail = crowdAt(run, from, tables, verbs, inverted !== undefined)
        if (
          tail &&
          tail.groupEnd === run.length &&
          (inverted || tables.standalone.has(tail.group.tokens.map((token) => token.lower).join(' ')))
        ) {
          found.push({start: word.start, end: run[run.length - 1].end, described: false, forecast: forecastVerbs.has(verb.lemma)})
          index = run.length
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

/** A crowd noun at `index`, after up to two lower-case modifiers when a quantifier stands before them. */
function crowdAt(
  run: Token[],
  index: number,
  tables: VagueSourceTables,
  verbs: VerbTable,
  quantified: boolean
): {group: PhraseMatch<VagueWord>; groupEnd: number} | undefined {
  const most = quantified ? maxModifiers : 0
  for (let skip = 0; skip <= most && index + skip < run.length; skip++) {
    const group = tables.groups.matchAt(run, index + skip)[0]
    if (group) return {group, groupEnd: index + skip + group.tokens.length}
    // The last place a crowd may stand: whether this word is a modifier no longer matters (most words, with no quantifier).
    if (skip === most || !isModifier(run[index + skip], verbs)) return undefined
  }
  return undefined
}

/** `local`, `prominent`, `senior`: a lower-case word that is no verb, article, preposition or number. */
function isModifier(token: Token, verbs: VerbTable): boolean {
  if (!isLowerCaseWord(token.value)) return false
  return !verbs.has(token.lower) && !determiners.has(token.lower) && !stoppers.has(token.lower) && !auxiliaries.has(token.lower)
}

/** Lower-case letters and hyphens, a letter first (ASCII answered without the Unicode property test). */
function isLowerCaseWord(value: string): boolean {
  if (value.length === 0) return false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x80) return /^\p{Ll}[\p{Ll}-]*$/u.test(value)
    if (!((code >= 97 && code <= 122) || (code === 45 && index > 0))) return false
  }
  return true
}

/** `analysts at Moody's`, `experts from the WHO`: a named institution after the crowd. */
function isSpecifiedAfter(run: Token[], index: number): boolean {
  const next = run[index]
  if (!next) return false
  if (/^(at|from|with|of|in|including|such|like|who|whom)$/.test(next.lower)) return true
  return /^[A-Z]/.test(next.value)
}

interface CrowdVerb {
  token: Token
  at: number
  /** Present or perfect (`say`, `have argued`): a generic claim, not a report of one occasion. */
  generic: boolean
  forecast: boolean
}

/** A reporting verb right after the crowd, auxiliaries and adverbs allowed between (`have long argued`). */
function verbAfter(run: Token[], index: number, verbs: VerbTable): CrowdVerb | undefined {
  let perfect = false
  let progressive = false
  for (let walk = index; walk < run.length && walk < index + 4; walk++) {
    const token = run[walk]
    const verb = verbs.get(token.lower)
    if (verb) {
      if (verb.particle || !crowdVerbs.has(verb.lemma)) return undefined
      const generic = perfect || token.lower === verb.lemma || (progressive && token.lower.endsWith('ing'))
      return {token, at: walk, generic, forecast: forecastVerbs.has(verb.lemma)}
    }
    if (token.lower === 'have' || token.lower === 'has') perfect = true
    // `are increasingly warning`: the present progressive is generic too.
    if (token.lower === 'is' || token.lower === 'are') progressive = true
    if (!auxiliaries.has(token.lower) && !beForms.has(token.lower) && !crowdAdverbs.has(token.lower) && !/ly$/.test(token.lower))
      return undefined
  }
  return undefined
}
