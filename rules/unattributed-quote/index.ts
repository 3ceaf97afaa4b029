/**
 * unattributed-quote: a full-sentence quotation that nobody says (the
 * analysis found no speaker for it by any method: see
 * src/analysis/attribution/speakers.ts), and, as
 * advisory, a pronoun credit opening a paragraph of paraphrase with no
 * speaker in that paragraph to point back to. Documentation: rules/unattributed-quote.md.
 */
import {attributionsOf, indexAt, quoteSpeakersOf, type Attributions, type Unit} from '../../src/analysis/attributions.js'
import type {Quotation} from '../../src/analysis/quotes.js'
import type {Paragraph, Token} from '../../src/analysis/text.js'
import {defineRule} from '../../src/rule-kit/rule-kit.js'
import {changesInLowerCase} from '../../src/lexicon/words.js'

/** First-person credits (`I would say`) belong to interviews and columns, where the speaker is known. */
const thirdPerson = new Set(['he', 'she', 'it', 'they'])

/** Verbs that carry on a statement already under way (`it continued`, `she went on`). */
const continuing = new Set(['continue', 'go'])

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
    messages: {
      'no-speaker': 'a quotation nobody says',
      'unclear-pronoun': 'a quotation credited to a pronoun with no speaker to point back to'
    }
  },
  ({document, options, report}) => {
    const attributions = attributionsOf(document, options.extraVerbs)
    for (const found of quoteSpeakersOf(document, options.extraVerbs)) {
      if (found.source || !standsAsSentence(found.quotation, attributions)) continue
      report({
        messageId: 'no-speaker',
        start: found.quotation.start,
        end: found.quotation.end,
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
          messageId: 'unclear-pronoun',
          start: credit.start,
          end: credit.end,
          reason: `\`${document.text.slice(credit.start, credit.end)}\` credits this to \`${pronoun}\`, but no speaker in this paragraph says who \`${pronoun}\` is: name the source`,
          advisory: true
        })
      }
    }
  }
)

/** A quotation that reads as a sentence of its own: opens its sentence (not after a colon) and ends like one. */
function standsAsSentence(quotation: Quotation, attributions: Attributions): boolean {
  // A quotation that continues another is reported, if at all, through the one it continues.
  if (!quotation.isFullSentence || quotation.continues !== undefined) return false
  const unit = unitOf(attributions, quotation)
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

function unitOf(attributions: Attributions, quotation: Quotation): Unit {
  return attributions.units[attributions.unitOfSentence[quotation.startSentence]]
}

/** Two capitalised words in a row (`Rogelio Ramírez`): a paragraph that names someone. */
function namesPerson(paragraph: Paragraph | undefined): boolean {
  if (!paragraph) return false
  for (const sentence of paragraph.sentences) {
    for (let index = 1; index < sentence.words.length; index++) {
      if (changesInLowerCase(sentence.words[index - 1].value) && changesInLowerCase(sentence.words[index].value)) return true
    }
  }
  return false
}
