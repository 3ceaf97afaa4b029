/**
 * Credits (frames): every reporting verb outside quotation marks with its
 * speaker, read before the verb (`the mayor said`) or after it (`said the
 * mayor`), and `according to X`. Each frame is found from its verb by a
 * bounded walk, so the pass is linear in the unit.
 */
import {
  auxiliaries,
  beForms,
  determiners,
  documentNouns,
  pronouns,
  stoppers,
  type ReportingVerb,
  type VerbTable
} from '../../lexicon/attribution.js'
import type {Token} from '../text.js'
import type {Frame, Speaker, Unit} from './types.js'
import {documentSynonyms, documentVerbForms, roleNouns} from '../../lexicon/speakers.js'
import {changesInLowerCase} from '../../lexicon/words.js'

/** Verbs that credit a document subject (`the audit showed`), as reporting verbs. */
const documentVerbs: ReadonlyMap<string, ReportingVerb> = new Map(
  [...documentVerbForms].map(([form, lemma]): [string, ReportingVerb] => [form, {lemma, forms: [form], quoteFrame: true}])
)

const maxSpeakerWords = 7
/** Words a closing credit may carry after its verb (`said on Monday in a statement`). */
const maxTailWords = 6
const articles = new Set(['the', 'a', 'an'])

/** Verbs whose forms have common non-reporting senses: they credit only in a frame-like position. */
export const ambiguous = new Set([
  'continue',
  'go',
  'read',
  'state',
  'note',
  'answer',
  'counter',
  'comment',
  'add',
  'post',
  'report',
  'recall',
  'observe',
  'maintain',
  'charge',
  'question',
  'find',
  'expect',
  'estimate',
  'promise',
  'predict',
  'conclude',
  'describe',
  'indicate',
  'reveal',
  'agree',
  'dispute',
  'mention',
  'suggest',
  'hint',
  'respond',
  'reply',
  'ask',
  'write',
  'claim',
  'point',
  'urge',
  'plead',
  'fear',
  'think',
  'suspect',
  'believe',
  'caution',
  'stress',
  'pledge',
  'vow',
  'joke',
  'muse',
  'confess',
  'recount',
  'remark',
  'announce',
  'declare',
  'forecast',
  'testify',
  'reckon',
  'speculate',
  'contend',
  'accuse',
  'deny',
  'lament',
  'complain',
  'boast',
  'tweet',
  'disclose',
  'proclaim',
  'acknowledge',
  'admit',
  'concede',
  'confirm',
  'warn',
  'insist',
  'argue',
  'explain',
  'retort',
  'quip',
  'exclaim',
  'opine',
  'emphasise',
  'emphasize',
  'reiterate',
  'assert',
  'allege',
  'shout',
  'yell',
  'scream',
  'chant',
  'whisper',
  'mutter',
  'murmur',
  'cry'
])

export function isQuoteMark(token: Token): boolean {
  if (token.kind !== 'punctuation' && token.kind !== 'symbol') return false
  const char = token.value.charAt(0)
  return char === '"' || char === '\u201c' || char === '\u201d' || char === '\u00ab' || char === '\u00bb' || char === '\u201e'
}

function isWord(token: Token | undefined, quoted: ReadonlySet<Token>): boolean {
  return token !== undefined && token.kind === 'word' && !quoted.has(token)
}

/** `according to X`: X is the words after `to` up to punctuation. */
export function accordingFrame(unit: Unit, index: number, quoted: ReadonlySet<Token>): Frame | undefined {
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

/** A form's reporting verb, and whether it is only a document verb (not in the table: `showed`). */
export interface VerbEntry {
  verb: ReportingVerb
  documentVerb: boolean
}

const verbEntries = new WeakMap<VerbTable, ReadonlyMap<string, VerbEntry>>()

/**
 * A table's verbs with the document verbs it lacks, in one map, made once per table:
 * `verbFrame` runs for every word outside quotations, so one lookup there instead of two.
 */
export function verbEntriesOf(verbs: VerbTable): ReadonlyMap<string, VerbEntry> {
  let entries = verbEntries.get(verbs)
  if (!entries) {
    const merged = new Map<string, VerbEntry>()
    for (const [form, verb] of verbs) merged.set(form, {verb, documentVerb: false})
    for (const [form, verb] of documentVerbs) if (!merged.has(form)) merged.set(form, {verb, documentVerb: true})
    verbEntries.set(verbs, merged)
    entries = merged
  }
  return entries
}

export function verbFrame(
  unit: Unit,
  index: number,
  verbs: ReadonlyMap<string, VerbEntry>,
  quoted: ReadonlySet<Token>,
  marks: ReadonlySet<Token>
): Frame | undefined {
  const token = unit.tokens[index]
  const entry = verbs.get(token.lower)
  if (entry === undefined) return undefined
  const verb = entry.verb
  const documentVerb = entry.documentVerb
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
  if (changesInLowerCase(token.value) && previous && previous.kind === 'word' && !quoted.has(previous)) return undefined

  const before = speakerBefore(unit, index, token, quoted)
  if (before === false) return undefined
  let speaker = before
  let inverted = false
  let end = last.end
  let start = speaker ? speaker.tokens[0].start : token.start
  if (!speaker && verb.lemma !== 'tell' && verb.lemma !== 'ask') {
    speaker = speakerAfter(unit, index, after, quoted, marks)
    if (speaker) {
      inverted = true
      end = speaker.tokens[speaker.tokens.length - 1].end
      start = token.start
    }
  }

  const participle = !speaker && token.lower.endsWith('ing')
  if (!speaker && !participle) return undefined
  if (speaker?.pronoun === undefined && speaker && /^[a-z]/.test(speaker.tokens[0].value) && isObjectPronoun(speaker.head)) return undefined

  // A verb with other senses outside a credit position is kept only as a loose frame, and only with a named speaker.
  const documentCredit = speaker !== undefined && !inverted && documentSynonyms.has(speaker.head) && documentVerbForms.has(token.lower)
  const loose = ambiguous.has(verb.lemma) && !documentCredit && !inFramePosition(unit, after, quoted, marks, inverted, verb)
  if (loose && (!speaker || speaker.pronoun || inverted)) return undefined
  if (verb.lemma === 'read' && (!speaker || !documentNouns.has(speaker.head))) return undefined
  // `the audit showed`: a verb that credits only a document subject.
  if (documentVerb && (!speaker || inverted || !documentSynonyms.has(speaker.head))) return undefined

  const frame: Frame = {
    kind: 'verb',
    unit: unit.index,
    paragraph: unit.paragraph,
    verb: token,
    lemma: verb.lemma,
    quoteFrame: verb.quoteFrame || documentCredit,
    speaker,
    inverted,
    start,
    end,
    words: creditWords(unit, token, after, speaker, inverted, quoted),
    trailing: false,
    loose
  }
  if (loose) return frame
  markTrailing(frame, unit, inverted ? index : speaker ? indexAt(unit.tokens, speaker.tokens[0].start) : index, quoted)
  return frame
}

/**
 * The speaker before a verb, walking back over auxiliaries (`has said`) and a
 * bracketed abbreviation (`Deutsche Welle (DW) reported`); `false` when the
 * verb is no credit at all (a passive, `the report`).
 */
function speakerBefore(unit: Unit, index: number, token: Token, quoted: ReadonlySet<Token>): Speaker | undefined | false {
  let back = index - 1
  let sawBe = false
  while (isWord(unit.tokens[back], quoted) && (auxiliaries.has(unit.tokens[back].lower) || beForms.has(unit.tokens[back].lower))) {
    if (beForms.has(unit.tokens[back].lower)) sawBe = true
    back--
  }
  // `was said`, `is reported`: a passive is a hedge, not a credit; `was saying` is still active.
  if (sawBe && !token.lower.endsWith('ing')) return false
  if (unit.tokens[back]?.value === ')' && unit.tokens[back - 2]?.value === '(' && isWord(unit.tokens[back - 1], quoted)) back -= 3
  const before = unit.tokens[back]
  if (isWord(before, quoted) && determiners.has(before.lower)) return false

  const speakerTokens: Token[] = []
  for (let walk = back; walk >= 0 && speakerTokens.length < maxSpeakerWords; walk--) {
    const candidate = unit.tokens[walk]
    if (!isWord(candidate, quoted) || stoppers.has(candidate.lower)) break
    speakerTokens.unshift(candidate)
  }
  if (speakerTokens.length === 0 && before && before.value === ',' && !quoted.has(before)) {
    // `Ana Ruiz, a spokeswoman for the port, said`: step over the apposition to the name.
    for (const word of beforeApposition(unit, back - 1, quoted)) speakerTokens.push(word)
  }
  if (speakerTokens.length === 0) return undefined
  return officerOf(unit, indexAt(unit.tokens, speakerTokens[0].start), speakerTokens, quoted) ?? makeSpeaker(speakerTokens)
}

/** Prepositions that tie an officer to what they speak for (`a spokeswoman for the union`). */
const officerLinks = new Set(['for', 'of', 'at'])

/**
 * `…, a spokeswoman for the union said`: the words before the preposition
 * are the speaker, an officer of what follows it; the officer is the head.
 */
function officerOf(unit: Unit, first: number, organisation: Token[], quoted: ReadonlySet<Token>): Speaker | undefined {
  const link = unit.tokens[first - 1]
  if (!isWord(link, quoted) || !officerLinks.has(link.lower)) return undefined
  const officer: Token[] = []
  for (let walk = first - 2; walk >= 0 && officer.length < 3; walk--) {
    const candidate = unit.tokens[walk]
    if (!isWord(candidate, quoted)) break
    officer.unshift(candidate)
  }
  const head = officer[officer.length - 1]
  if (!head || !roleNouns.has(head.lower)) return undefined
  const opener = unit.tokens[first - 2 - officer.length]
  if (opener && isWord(opener, quoted)) return undefined
  const speaker = makeSpeaker([...officer, link, ...organisation])
  return {...speaker, head: head.lower, pronoun: undefined}
}

/** `…," said the mayor` / `…, added Ms Okafor`: the speaker follows the verb, right after a break. */
function speakerAfter(
  unit: Unit,
  index: number,
  after: number,
  quoted: ReadonlySet<Token>,
  marks: ReadonlySet<Token>
): Speaker | undefined {
  if (!isWord(unit.tokens[after], quoted)) return undefined
  const following: Token[] = []
  for (let walk = after; walk < unit.tokens.length && following.length < maxSpeakerWords; walk++) {
    const candidate = unit.tokens[walk]
    if (!isWord(candidate, quoted)) break
    if (following.length > 0 && stoppers.has(candidate.lower)) break
    following.push(candidate)
  }
  const first = following[0]
  if (!first || first.lower === 'that' || stoppers.has(first.lower) || isObjectPronoun(first.lower) || pronouns.has(first.lower))
    return undefined
  return followsBreak(unit, index, marks) ? makeSpeaker(following) : undefined
}

/** Lower-case words of the credit and what follows it up to punctuation. */
function creditWords(
  unit: Unit,
  token: Token,
  after: number,
  speaker: Speaker | undefined,
  inverted: boolean,
  quoted: ReadonlySet<Token>
): string[] {
  const words: string[] = []
  if (speaker) for (const word of speaker.tokens) words.push(word.lower)
  words.push(token.lower)
  for (let walk = inverted ? after + (speaker?.tokens.length ?? 0) : after; walk < unit.tokens.length; walk++) {
    const candidate = unit.tokens[walk]
    if (!isWord(candidate, quoted)) break
    words.push(candidate.lower)
  }
  return words
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

/** Index of the first token starting at or after `offset` in tokens sorted by offset (binary search). */
export function indexAt(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle].start < offset) low = middle + 1
    else high = middle
  }
  return low
}

function isObjectPronoun(word: string): boolean {
  return word === 'him' || word === 'her' || word === 'them' || word === 'us' || word === 'me' || word === 'you'
}

/** True when the verb stands right after a comma, a quote mark, a dash or the unit start. */
function followsBreak(unit: Unit, index: number, marks: ReadonlySet<Token>): boolean {
  const previous = unit.tokens[index - 1]
  if (!previous) return false
  return (
    marks.has(previous) ||
    previous.value === ',' ||
    previous.value === '\u2014' ||
    previous.value === '\u2013' ||
    previous.value === '-' ||
    previous.value === ':'
  )
}

/**
 * A verb with common non-reporting senses credits only where credits stand:
 * before punctuation or a quote (`she added, "…"`), before `that`, before a
 * mark, or inverted after a quote (`…," added Ms Okafor`).
 */
function inFramePosition(
  unit: Unit,
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
  if (next.kind !== 'word')
    return next.value === ',' || next.value === ':' || next.value === '.' || next.value === ';' || next.value === '\u2014'
  if (next.lower === 'that') return true
  if (verb.lemma === 'write' || verb.lemma === 'post' || verb.lemma === 'tweet') {
    // `wrote on Facebook`, `wrote in a letter`.
    return next.lower === 'on' || next.lower === 'in'
  }
  // `she added on Tuesday that` / `he noted in a statement`: a short adverbial then punctuation or `that`.
  for (let walk = after, count = 0; walk < unit.tokens.length && count < 5; walk++, count++) {
    const candidate = unit.tokens[walk]
    if (!isWord(candidate, quoted))
      return candidate.value === ',' || candidate.value === '.' || candidate.value === ':' || marks.has(candidate)
    if (candidate.lower === 'that')
      return count > 0 && (unit.tokens[after].lower === 'in' || unit.tokens[after].lower === 'on' || unit.tokens[after].lower === 'to')
  }
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

/** Words that start a clause of their own: after one, the credit is not closing its sentence. */
const clauseWords = new Set([
  'that',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'did',
  'does',
  'do',
  'would',
  'will',
  'could',
  'should',
  'can',
  'had',
  'has',
  'have',
  'and',
  'but',
  'because',
  'which',
  'who',
  'if',
  'when'
])

function isTerminal(value: string): boolean {
  return value === '.' || value === '!' || value === '?' || value === '\u2026' || value === ';'
}
