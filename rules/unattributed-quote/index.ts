/**
 * unattributed-quote: a full-sentence quotation that nobody says (no credit
 * in its sentence, its paragraph, or the quote run it continues), and, as
 * advisory, a pronoun credit opening a paragraph of paraphrase with no
 * speaker in that paragraph to point back to. Documentation: rules/unattributed-quote.md.
 */
import {attributionsOf, isQuoteMark, unitOfQuotation, type Attributions, type Unit} from '../../src/analysis/attributions.js'
import {headlineParagraphs} from '../../src/analysis/headings.js'
import type {Quotation} from '../../src/analysis/quotes.js'
import {indexAt} from '../../src/analysis/spans.js'
import type {Paragraph, Sentence, Token} from '../../src/analysis/text.js'
import {
  beForms,
  continuingVerbs as continuing,
  determiners,
  personalPronouns as personal,
  thirdPersonPronouns as thirdPerson,
  verbTable
} from '../../src/lexicon/attribution.js'
import {isCapitalised} from '../../src/lexicon/words.js'
import {defineRule} from '../../src/rule-kit/rule-kit.js'

interface Options {
  /** More reporting verbs: a form (`"quipped"`) or `"lemma:form,form"`. */
  extraVerbs?: string[]
  /** Report pronoun credits with no speaker in their paragraph (advisory). */
  pronounCredits?: boolean
}

export default defineRule<Options>(
  {
    id: 'unattributed-quote',
    description: 'A full-sentence quotation credited to nobody.',
    options: {extraVerbs: 'string[]', pronounCredits: 'boolean'},
    defaults: {extraVerbs: [], pronounCredits: true},
    messages: {'no-speaker': 'a quotation nobody says', 'unclear-pronoun': 'a quotation credited to a pronoun with no speaker to point back to'}
  },
  ({document, options, report}) => {
    const attributions = attributionsOf(document, options.extraVerbs)
    const verbs = verbTable(options.extraVerbs)
    const credited = new Map<number, boolean>()
    const unitsByParagraph = new Map<number, Unit[]>()
    for (const unit of attributions.units) {
      const list = unitsByParagraph.get(unit.paragraph) ?? []
      list.push(unit)
      unitsByParagraph.set(unit.paragraph, list)
    }
    /** Whether a paragraph credits anyone: a credit frame, or any reporting-verb form outside quotes, or a `Name:` label. */
    const paragraphCredits = (paragraph: number): boolean => {
      let known = credited.get(paragraph)
      if (known === undefined) {
        known = hasCredit(unitsByParagraph.get(paragraph) ?? [], attributions.quoted, (token) => verbs.has(token.lower))
        credited.set(paragraph, known)
      }
      return known
    }

    const quotations = document.quotations
    const headlines = headlineParagraphs(document)
    for (const quotation of quotations) {
      if (!standsAsSentence(quotation, attributions)) continue
      if (attributions.transcript.has(quotation.paragraph) || headlines.has(quotation.paragraph)) continue
      if (personBefore(quotation, document.paragraphs[quotation.paragraph].sentences, attributions)) continue
      if (runIsCredited(quotation, quotations, paragraphCredits)) continue
      if (introducedBefore(document.paragraphs[quotation.paragraph - 1]?.sentences, attributions)) continue
      report({
        start: quotation.start,
        end: quotation.end,
        messageId: 'no-speaker',
        reason: 'Nobody says this quotation: name the speaker in its sentence or paragraph (`…,” said …`)'
      })
    }

    if (options.pronounCredits) {
      for (const unit of attributions.units) {
        if (!unit.opensParagraph || unit.quotations.length > 0) continue
        const credit = unit.frames.find((frame) => frame.trailing && frame.speaker?.pronoun && frame.quoteFrame)
        const credits = unit.frames.filter((frame) => !frame.loose)
        if (!credit || credits.length > 1 || !thirdPerson.has(credit.speaker!.pronoun!)) continue
        // `…, he said.` after a paragraph that names him is ordinary wire style; a pronoun with no
        // speaker to point back to, or one that `continued` a statement from another paragraph, is not.
        if (credit.antecedent && !continuing.has(credit.lemma)) continue
        const pronoun = credit.speaker!.pronoun!
        // `he`, `she`, `they` may point back to a person named without a credit (`Ana Ruiz spoke on Monday.`).
        if (pronoun !== 'it' && !continuing.has(credit.lemma) && namesPerson(document.paragraphs[unit.paragraph - 1])) continue
        report({
          start: credit.start,
          end: credit.end,
          messageId: 'unclear-pronoun',
          reason: `\`${document.text.slice(credit.start, credit.end)}\` credits this to \`${pronoun}\`, but no speaker in this paragraph says who \`${pronoun}\` is: name the source`,
          advisory: true
        })
      }
    }
  }
)

/** A quotation that reads as a sentence of its own: opens its sentence (not after a colon) and ends like one. */
function standsAsSentence(quotation: Quotation, attributions: Attributions): boolean {
  if (!quotation.isFullSentence || quotation.continues !== undefined) return false
  const unit = unitOfQuotation(attributions, quotation)
  const position = indexAt(unit.tokens, quotation.start)
  if (unit.tokens[position]?.start !== quotation.start) return false
  const before = unit.tokens[position - 1]
  // `The sign was blunt: "…"` is introduced by its lead-in; mid-sentence quotes are partial quotes.
  if (before !== undefined) return false
  const meaningful = [...quotation.tokens].reverse().find((token) => token.kind !== 'whitespace')
  const endsLikeSentence = meaningful !== undefined && /^[.!?\u2026,]/.test(meaningful.value)
  let after: Token | undefined = unit.tokens[indexAt(unit.tokens, quotation.end)]
  const nextUnit = attributions.units[unit.index + 1]
  const beyond = !after && nextUnit && nextUnit.paragraph === unit.paragraph ? nextUnit.tokens[0] : undefined
  // `"…" — Ana Ruiz, trade minister`: a dash credit after the quotation, even past a sentence break.
  if (beyond && /^[\u2014\u2013-]/.test(beyond.value)) return false
  // `"Keep out" sign`: a quoted label used as a noun, not speech.
  if (after && after.kind === 'word') return false
  // `"…" — Ana Ruiz, trade minister`: a dash credit after the quotation.
  if (after && /^[\u2014\u2013-]/.test(after.value)) return false
  return endsLikeSentence || after === undefined || /^[.!?]/.test(after.value)
}

/** The quotation's run (paragraphs linked by an unclosed quote) is credited in one of its paragraphs. */
function runIsCredited(quotation: Quotation, quotations: readonly Quotation[], paragraphCredits: (paragraph: number) => boolean): boolean {
  if (paragraphCredits(quotation.paragraph)) return true
  // Later paragraphs that continue this quotation.
  let current = quotation
  for (let index = quotation.index + 1; index < quotations.length && !current.closed; index++) {
    const next = quotations[index]
    if (next.paragraph > current.paragraph + 1) break
    if (next.continues !== current.index) continue
    if (paragraphCredits(next.paragraph)) return true
    current = next
  }
  return false
}

function hasCredit(units: readonly Unit[], quoted: ReadonlySet<Token>, isVerbForm: (token: Token) => boolean): boolean {
  for (const unit of units) {
    if (unit.frames.length > 0) return true
    for (let index = 0; index < unit.tokens.length; index++) {
      const token = unit.tokens[index]
      if (token.kind !== 'word' || quoted.has(token) || !isVerbForm(token)) continue
      // `was reported`, `the report`: a passive or a noun names no speaker.
      const before = unit.tokens[index - 1]
      if (before && before.kind === 'word' && (beForms.has(before.lower) || determiners.has(before.lower))) continue
      return true
    }
  }
  // An interview label: `Okafor: "…"`, `Q:` — one to four words and a colon open the paragraph.
  const opening = units[0]?.tokens ?? []
  for (let index = 0; index < Math.min(opening.length, 5); index++) {
    const token = opening[index]
    if (token.value === ':') return index > 0
    if (token.kind !== 'word') return false
  }
  return false
}

/** A paragraph that ends in a colon (`She told the court:`) introduces the quotation after it. */
function introducedBefore(sentences: readonly {tokens: Token[]}[] | undefined, attributions: Attributions): boolean {
  if (!sentences || sentences.length === 0) return false
  const last = sentences[sentences.length - 1].tokens.filter((token) => token.kind !== 'whitespace')
  void attributions
  return last.length > 0 && last[last.length - 1].value === ':'
}

/**
 * `She left the series. "This was not what I wanted."`: a he/she/they opening a
 * clause earlier in the paragraph is the person the quotation belongs to.
 */
function personBefore(quotation: Quotation, sentences: readonly Sentence[], attributions: Attributions): boolean {
  for (const sentence of sentences) {
    if (sentence.index >= quotation.startSentence) break
    let clauseStart = true
    for (const token of sentence.tokens) {
      if (token.kind === 'whitespace') continue
      if (attributions.quoted.has(token) || isQuoteMark(token)) {
        clauseStart = false
        continue
      }
      if (token.kind === 'word') {
        if (clauseStart && personal.has(token.lower)) return true
        clauseStart = false
      } else clauseStart = token.value === ',' || token.value === ';'
    }
  }
  return false
}

/** Two capitalised words in a row (`Rogelio Ramírez`): a paragraph that names someone. */
function namesPerson(paragraph: Paragraph | undefined): boolean {
  if (!paragraph) return false
  for (const sentence of paragraph.sentences) {
    for (let index = 1; index < sentence.words.length; index++) {
      if (isCapitalised(sentence.words[index - 1].value) && isCapitalised(sentence.words[index].value)) return true
    }
  }
  return false
}
