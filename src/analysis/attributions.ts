/**
 * Attributions layer: who is credited with what.
 *
 * Sentences are first joined into statement units: a quotation that spans
 * sentences (`"A. B," she said.`) makes them one unit, so a credit and the
 * quote it belongs to are read together. In each unit every reporting verb
 * outside quotation marks becomes a frame with its speaker, read before the
 * verb (`the mayor said`) or after it (`said the mayor`); `according to X`
 * is a frame too. Pronoun speakers are resolved to the nearest fitting
 * speaker before them. One pass over the tokens: linear in the document.
 */
import {
  ambiguousVerbs as ambiguous,
  articles,
  auxiliaries,
  beForms,
  clauseWords,
  determiners,
  documentNouns,
  objectPronouns,
  pronouns,
  stoppers,
  verbTable,
  type ReportingVerb,
  type VerbTable
} from '../lexicon/attribution.js'
import {residueLabels} from '../lexicon/boilerplate.js'
import {isCapitalised} from '../lexicon/words.js'
import {Layer, type DocumentModel} from './document.js'
import type {Quotation} from './quotes.js'
import {indexAt} from './spans.js'
import type {Sentence, Token} from './text.js'

export interface Speaker {
  /** The speaker's words, in order. */
  tokens: Token[]
  /** Lower-case last word, possessive dropped: what two credits are compared by. */
  head: string
  /** The pronoun, when the speaker is one. */
  pronoun?: string
  text: string
}

export interface Frame {
  kind: 'verb' | 'according'
  /** Index of the unit the frame stands in. */
  unit: number
  paragraph: number
  /** The reporting verb (or `according`). */
  verb: Token
  /** Lemma of the verb, or `according to`. */
  lemma: string
  quoteFrame: boolean
  speaker?: Speaker
  /** `said the mayor`: the speaker follows the verb. */
  inverted: boolean
  /** Offsets of the credit as written: speaker and verb (and particle). */
  start: number
  end: number
  /** Lower-case words of the credit and what follows it up to punctuation (`said in a statement`). */
  words: string[]
  /** A credit that closes its unit after a comma or a closing quote mark (`…, the ministry said.`). */
  trailing: boolean
  /** First offset of the trailing clause (just past the comma or quote mark) when trailing. */
  clauseStart?: number
  /** End of the trailing clause's last word (`…, Watanabe told reporters`) when trailing. */
  clauseEnd?: number
  /**
   * A verb with other senses (`reported 36 cases`, `noted the rise`) after a named
   * speaker: evidence that a source is named, but not a credit position.
   */
  loose: boolean
  /** For a pronoun speaker: the frame whose speaker it points back to. */
  antecedent?: Frame
}

export interface Unit {
  index: number
  paragraph: number
  sentences: Sentence[]
  start: number
  end: number
  /** Non-white-space tokens of the unit in order. */
  tokens: Token[]
  quotations: Quotation[]
  frames: Frame[]
  /** True when this is the first unit of its paragraph. */
  opensParagraph: boolean
}

export interface Attributions {
  units: Unit[]
  frames: Frame[]
  /** Unit index of each sentence. */
  unitOfSentence: number[]
  /** Tokens inside quotation marks. */
  quoted: ReadonlySet<Token>
  /**
   * Paragraphs of an interview transcript: from the first paragraph that opens
   * with a speaker label (`((Name))`, `Name:`, `Q:`) on, when the document has
   * at least two labels. Their words are the labelled speaker's own.
   */
  transcript: ReadonlySet<number>
}

const maxSpeakerWords = 7
/** Words a closing credit may carry after its verb (`said on Monday in a statement`). */
const maxTailWords = 6
/** Credits a pronoun may look back over to find its speaker. */
const maxLookBack = 12

/** The attributions read with the data's reporting verbs, once per document. */
const attributionsLayer = new Layer('attributions', (document) => findAttributions(document, verbTable()))

/**
 * Who is credited with what. With `extraVerbs` from a rule's options the
 * attributions are read for that rule alone: the shared layer never depends
 * on one rule's configuration.
 */
export function attributionsOf(document: DocumentModel, extraVerbs: readonly string[] = []): Attributions {
  return extraVerbs.length === 0 ? document.layer(attributionsLayer) : findAttributions(document, verbTable(extraVerbs))
}

export function findAttributions(document: DocumentModel, verbs: VerbTable): Attributions {
  const quotations = document.quotations
  const quoted = new Set<Token>()
  const marks = new Set<Token>()
  for (const quotation of quotations) for (const token of quotation.tokens) quoted.add(token)
  const sentences = document.sentences
  // A quotation spanning sentences glues them into one unit.
  const joinsNext = new Array<boolean>(sentences.length).fill(false)
  for (const quotation of quotations) {
    for (let index = quotation.startSentence; index < quotation.endSentence; index++) joinsNext[index] = true
  }

  const units: Unit[] = []
  const unitOfSentence: number[] = []
  let current: Unit | undefined
  for (const sentence of sentences) {
    if (!current || current.paragraph !== sentence.paragraph) {
      const previous = units[units.length - 1]
      current = newUnit(units.length, sentence, !previous || previous.paragraph !== sentence.paragraph)
      units.push(current)
    } else {
      current.sentences.push(sentence)
      current.end = sentence.end
    }
    for (const token of sentence.tokens) if (token.kind !== 'whitespace') current.tokens.push(token)
    unitOfSentence[sentence.index] = current.index
    if (!joinsNext[sentence.index]) current = undefined
  }
  for (const quotation of quotations) {
    const unit = units[unitOfSentence[quotation.startSentence]]
    if (unit) unit.quotations.push(quotation)
  }

  const frames: Frame[] = []
  for (const unit of units) {
    const isMark = (token: Token) => !quoted.has(token) && isQuoteMark(token)
    for (const token of unit.tokens) if (isMark(token)) marks.add(token)
    for (let index = 0; index < unit.tokens.length; index++) {
      const token = unit.tokens[index]
      if (token.kind !== 'word' || quoted.has(token)) continue
      const frame =
        token.lower === 'according' ? accordingFrame(unit, index, quoted) : verbFrame(unit, index, verbs, quoted, marks)
      if (frame) {
        unit.frames.push(frame)
        frames.push(frame)
      }
    }
  }

  resolvePronouns(units)
  return {units, frames, unitOfSentence, quoted, transcript: transcriptParagraphs(units)}
}

function newUnit(index: number, sentence: Sentence, opensParagraph: boolean): Unit {
  return {
    index,
    paragraph: sentence.paragraph,
    sentences: [sentence],
    start: sentence.start,
    end: sentence.end,
    tokens: [],
    quotations: [],
    frames: [],
    opensParagraph
  }
}

export function isQuoteMark(token: Token): boolean {
  if (token.kind !== 'punctuation' && token.kind !== 'symbol') return false
  const char = token.value.charAt(0)
  return char === '"' || char === '\u201c' || char === '\u201d' || char === '\u00ab' || char === '\u00bb' || char === '\u201e'
}

function isWord(token: Token | undefined, quoted: ReadonlySet<Token>): boolean {
  return token !== undefined && token.kind === 'word' && !quoted.has(token)
}

/** `according to X`: X is the words after `to` up to punctuation. */
function accordingFrame(unit: Unit, index: number, quoted: ReadonlySet<Token>): Frame | undefined {
  const to = unit.tokens[index + 1]
  if (!isWord(to, quoted) || to.lower !== 'to') return undefined
  const speakerTokens: Token[] = []
  for (let next = index + 2; next < unit.tokens.length && speakerTokens.length < maxSpeakerWords; next++) {
    const token = unit.tokens[next]
    if (!isWord(token, quoted)) break
    speakerTokens.push(token)
  }
  if (speakerTokens.length === 0) return undefined
  const verb = unit.tokens[index]
  const last = speakerTokens[speakerTokens.length - 1]
  const frame: Frame = {
    kind: 'according',
    unit: unit.index,
    paragraph: unit.paragraph,
    verb,
    lemma: 'according to',
    quoteFrame: true,
    speaker: makeSpeaker(headPhrase(speakerTokens)),
    inverted: true,
    start: verb.start,
    end: last.end,
    words: ['according', 'to', ...speakerTokens.map((token) => token.lower)],
    trailing: false,
    loose: false
  }
  markTrailing(frame, unit, index, quoted)
  return frame
}

/** Cut an `according to` source at its first preposition after the head (`the police in Lyon` → `the police`). */
function headPhrase(tokens: Token[]): Token[] {
  for (let index = 1; index < tokens.length; index++) {
    if (stoppers.has(tokens[index].lower)) return tokens.slice(0, index)
  }
  return tokens
}

function verbFrame(
  unit: Unit,
  index: number,
  verbs: VerbTable,
  quoted: ReadonlySet<Token>,
  marks: ReadonlySet<Token>
): Frame | undefined {
  const token = unit.tokens[index]
  const verb = verbs.get(token.lower)
  if (!verb) return undefined
  let last = token
  let after = index + 1
  if (verb.particle) {
    const particle = unit.tokens[after]
    if (!isWord(particle, quoted) || particle.lower !== verb.particle) return undefined
    last = particle
    after++
  }
  // A capitalised form inside a sentence is a name (`Reed`, `Page`), not the verb.
  const previous = unit.tokens[index - 1]
  if (isCapitalised(token.value) && previous && previous.kind === 'word' && !quoted.has(previous)) return undefined

  // Walk back over auxiliaries and adverbs to the speaker.
  let back = index - 1
  let sawBe = false
  while (isWord(unit.tokens[back], quoted) && (auxiliaries.has(unit.tokens[back].lower) || beForms.has(unit.tokens[back].lower))) {
    if (beForms.has(unit.tokens[back].lower)) sawBe = true
    back--
  }
  // `was said`, `is reported`: a passive is a hedge, not a credit; `was saying` is still active.
  if (sawBe && !token.lower.endsWith('ing')) return undefined
  // `Deutsche Welle (DW) reported`: step over a bracketed abbreviation.
  if (unit.tokens[back]?.value === ')' && unit.tokens[back - 2]?.value === '(' && isWord(unit.tokens[back - 1], quoted)) back -= 3
  const before = unit.tokens[back]
  if (isWord(before, quoted) && determiners.has(before.lower)) return undefined

  const speakerTokens: Token[] = []
  for (let walk = back; walk >= 0 && speakerTokens.length < maxSpeakerWords; walk--) {
    const candidate = unit.tokens[walk]
    if (!isWord(candidate, quoted) || stoppers.has(candidate.lower)) break
    speakerTokens.unshift(candidate)
  }
  if (speakerTokens.length === 0 && before && before.value === ',' && !quoted.has(before)) {
    // `Ana Ruiz, a spokeswoman for the port, said`: step over the apposition to the name.
    speakerTokens.push(...beforeApposition(unit, back - 1, quoted))
  }
  let speaker = speakerTokens.length > 0 ? makeSpeaker(speakerTokens) : undefined
  let inverted = false
  let end = last.end
  let start = speaker ? speaker.tokens[0].start : token.start

  const next = unit.tokens[after]
  if (!speaker && isWord(next, quoted) && verb.lemma !== 'tell' && verb.lemma !== 'ask') {
    // `…," said the mayor` / `…, added Ms Okafor`: the speaker follows the verb.
    const following: Token[] = []
    for (let walk = after; walk < unit.tokens.length && following.length < maxSpeakerWords; walk++) {
      const candidate = unit.tokens[walk]
      if (!isWord(candidate, quoted)) break
      if (following.length > 0 && stoppers.has(candidate.lower)) break
      following.push(candidate)
    }
    const first = following[0]
    if (first && first.lower !== 'that' && !stoppers.has(first.lower) && !isObjectPronoun(first.lower) && !pronouns.has(first.lower) && followsBreak(unit, index, marks)) {
      speaker = makeSpeaker(following)
      inverted = true
      end = following[following.length - 1].end
      start = token.start
    }
  }

  const participle = !speaker && token.lower.endsWith('ing')
  if (!speaker && !participle) return undefined
  if (speaker?.pronoun === undefined && speaker && /^[a-z]/.test(speaker.tokens[0].value) && isObjectPronoun(speaker.head)) return undefined

  // A verb with other senses outside a credit position is kept only as a loose frame, and only with a named speaker.
  const loose = ambiguous.has(verb.lemma) && !inFramePosition(unit, index, after, quoted, marks, inverted, verb)
  if (loose && (!speaker || speaker.pronoun || inverted)) return undefined
  if (verb.lemma === 'read' && (!speaker || !documentNouns.has(speaker.head))) return undefined

  const words: string[] = []
  if (speaker) for (const word of speaker.tokens) words.push(word.lower)
  words.push(token.lower)
  for (let walk = inverted ? after + (speaker?.tokens.length ?? 0) : after; walk < unit.tokens.length; walk++) {
    const candidate = unit.tokens[walk]
    if (!isWord(candidate, quoted)) break
    words.push(candidate.lower)
  }

  const frame: Frame = {
    kind: 'verb',
    unit: unit.index,
    paragraph: unit.paragraph,
    verb: token,
    lemma: verb.lemma,
    quoteFrame: verb.quoteFrame,
    speaker,
    inverted,
    start,
    end,
    words,
    trailing: false,
    loose
  }
  if (loose) return frame
  markTrailing(frame, unit, inverted ? index : speaker ? indexOf(unit, speaker.tokens[0]) : index, quoted)
  return frame
}

/** The words before an apposition that ends at `end` (`Ana Ruiz, a spokeswoman for the port,`). */
function beforeApposition(unit: Unit, end: number, quoted: ReadonlySet<Token>): Token[] {
  let walk = end
  let words = 0
  while (walk >= 0 && isWord(unit.tokens[walk], quoted) && words <= maxSpeakerWords + 3) {
    walk--
    words++
  }
  if (words === 0 || unit.tokens[walk]?.value !== ',') return []
  const speaker: Token[] = []
  for (let back = walk - 1; back >= 0 && speaker.length < maxSpeakerWords; back--) {
    const candidate = unit.tokens[back]
    if (!isWord(candidate, quoted) || stoppers.has(candidate.lower)) break
    speaker.unshift(candidate)
  }
  // A name, not a clause: the apposition follows a capitalised word or a noun phrase with its article (`The report, released on Monday, said`).
  if (speaker.length > 0 && /^[A-Z]/.test(speaker[speaker.length - 1].value)) return speaker
  // `The council chair, Ana Ruiz, said`: the name is the apposition itself.
  const apposition = unit.tokens.slice(walk + 1, end + 1)
  if (apposition.length <= 4 && apposition.every((token) => /^[A-Z]/.test(token.value))) return apposition
  return speaker.length > 1 && speaker.length <= 4 && articles.has(speaker[0].lower) ? speaker : []
}

function indexOf(unit: Unit, token: Token): number {
  return indexAt(unit.tokens, token.start)
}

function isObjectPronoun(word: string): boolean {
  return objectPronouns.has(word)
}

/** True when the verb stands right after a comma, a quote mark, a dash or the unit start. */
function followsBreak(unit: Unit, index: number, marks: ReadonlySet<Token>): boolean {
  const previous = unit.tokens[index - 1]
  if (!previous) return false
  return marks.has(previous) || previous.value === ',' || previous.value === '\u2014' || previous.value === '\u2013' || previous.value === '-' || previous.value === ':'
}

/**
 * A verb with common non-reporting senses credits only where credits stand:
 * before punctuation or a quote (`she added, "…"`), before `that`, before a
 * mark, or inverted after a quote (`…," added Ms Okafor`).
 */
function inFramePosition(
  unit: Unit,
  index: number,
  after: number,
  quoted: ReadonlySet<Token>,
  marks: ReadonlySet<Token>,
  inverted: boolean,
  verb: ReportingVerb
): boolean {
  if (inverted) return true
  const next = unit.tokens[after]
  if (!next) return true
  if (marks.has(next) || quoted.has(next)) return true
  if (next.kind !== 'word') return next.value === ',' || next.value === ':' || next.value === '.' || next.value === ';' || next.value === '\u2014'
  if (next.lower === 'that') return true
  if (verb.lemma === 'write' || verb.lemma === 'post' || verb.lemma === 'tweet') {
    // `wrote on Facebook`, `wrote in a letter`.
    return next.lower === 'on' || next.lower === 'in'
  }
  // `she added on Tuesday that` / `he noted in a statement`: a short adverbial then punctuation or `that`.
  for (let walk = after, count = 0; walk < unit.tokens.length && count < 5; walk++, count++) {
    const candidate = unit.tokens[walk]
    if (!isWord(candidate, quoted)) return candidate.value === ',' || candidate.value === '.' || candidate.value === ':' || marks.has(candidate)
    if (candidate.lower === 'that') return count > 0 && (unit.tokens[after].lower === 'in' || unit.tokens[after].lower === 'on' || unit.tokens[after].lower === 'to')
  }
  void index
  return false
}

function makeSpeaker(tokens: Token[]): Speaker {
  const lastWord = tokens[tokens.length - 1]
  const head = lastWord.lower.replace(/'s?$/, '')
  const pronoun = tokens.length === 1 && pronouns.has(lastWord.lower) ? lastWord.lower : undefined
  return {tokens, head, pronoun, text: tokens.map((token) => token.value).join(' ')}
}

/**
 * A credit is trailing when the words after the last comma or closing quote
 * mark of its unit are the credit and a short tail (`…, the ministry said on
 * Monday.`, `…," said Ms Okafor, the minister.`).
 */
function markTrailing(frame: Frame, unit: Unit, creditIndex: number, quoted: ReadonlySet<Token>): void {
  const before = unit.tokens[creditIndex - 1]
  if (!before || quoted.has(before)) return
  const isBreak = before.value === ',' || isQuoteMark(before) || before.value === '\u2014'
  if (!isBreak) return
  let tailWords = 0
  let pendingComma = false
  let lastWord = frame.end
  for (let walk = creditIndex; walk < unit.tokens.length; walk++) {
    const token = unit.tokens[walk]
    if (quoted.has(token) || isQuoteMark(token)) return
    if (token.end <= frame.end) continue
    if (token.kind === 'word') {
      // `…, they observed, occurred there`: a parenthetical credit inside a clause, not a closing one.
      if (pendingComma) return
      if (++tailWords > maxTailWords || clauseWords.has(token.lower)) return
      lastWord = token.end
    } else if (token.value === ',') pendingComma = true
    else if (!isTerminal(token.value)) return
  }
  frame.trailing = true
  frame.clauseStart = before.end
  frame.clauseEnd = lastWord
}

function isTerminal(value: string): boolean {
  return value === '.' || value === '!' || value === '?' || value === '\u2026' || value === ';'
}

/** Point each pronoun speaker at the nearest earlier speaker that fits it, in its paragraph or the one before. */
function resolvePronouns(units: Unit[]): void {
  let previousParagraphFrames: Frame[] = []
  let paragraphFrames: Frame[] = []
  let paragraph = -1
  for (const unit of units) {
    if (unit.paragraph !== paragraph) {
      previousParagraphFrames = paragraphFrames.length > 0 ? paragraphFrames : previousParagraphFrames
      paragraphFrames = []
      paragraph = unit.paragraph
    }
    for (const frame of unit.frames) {
      const pronoun = frame.speaker?.pronoun
      if (pronoun) {
        frame.antecedent =
          findBack(paragraphFrames, pronoun) ?? (paragraphFrames.length === 0 ? findBack(previousParagraphFrames, pronoun) : undefined)
      }
      paragraphFrames.push(frame)
    }
  }
}

function findBack(frames: Frame[], pronoun: string): Frame | undefined {
  // A pronoun points back a few credits at most: the look-back is bounded to keep the pass linear.
  for (let index = frames.length - 1; index >= Math.max(0, frames.length - maxLookBack); index--) {
    const candidate = frames[index]
    const target = candidate.antecedent ?? candidate
    if (target.speaker && !target.speaker.pronoun && fits(pronoun, target.speaker)) return target
  }
  return undefined
}

/** Whether a pronoun can stand for a speaker: `it` not for people's pronouns, `he`/`she` not for documents. */
export function fits(pronoun: string, speaker: Speaker): boolean {
  if (pronoun === 'it') return !speaker.pronoun || speaker.pronoun === 'it'
  if (pronoun === 'he' || pronoun === 'she') return !documentNouns.has(speaker.head)
  return true
}

/** The unit a quotation belongs to. */
export function unitOfQuotation(attributions: Attributions, quotation: Quotation): Unit {
  return attributions.units[attributions.unitOfSentence[quotation.startSentence]]
}

function transcriptParagraphs(units: readonly Unit[]): Set<number> {
  const labelled: number[] = []
  // `Image: …`, `Source: …` are residue credit lines, not an interviewee's label.
  for (const unit of units) {
    if (unit.opensParagraph && opensWithLabel(unit.tokens) && !residueLabels.has(unit.tokens[0].lower)) labelled.push(unit.paragraph)
  }
  const transcript = new Set<number>()
  if (labelled.length < 2) return transcript
  for (const unit of units) if (unit.paragraph >= labelled[0]) transcript.add(unit.paragraph)
  return transcript
}

/** `((Ana Ruiz))`, `Ana Ruiz:`, `Q:`: one to four words in double brackets or before a colon. */
export function opensWithLabel(tokens: readonly Token[]): boolean {
  let index = 0
  const bracketed = tokens[0]?.value.startsWith('((') || (tokens[0]?.value === '(' && tokens[1]?.value.startsWith('('))
  if (bracketed) index = tokens[0].value.startsWith('((') ? 1 : 2
  let words = 0
  for (; index < tokens.length && index < 8; index++) {
    const token = tokens[index]
    if (token.kind === 'word') {
      if (++words > 4) return false
      continue
    }
    if (bracketed) return words > 0 && token.value.startsWith(')')
    return words > 0 && token.value === ':'
  }
  return false
}
