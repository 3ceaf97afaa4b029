/** Interview transcripts: paragraphs that open with a speaker label (`Q:`, `Ana Ruiz:`, `((Ana Ruiz))`). */
import {verbTable} from '../../lexicon/attribution.js'
import {residueLabels} from '../../lexicon/boilerplate.js'
import type {Token} from '../text.js'
import type {Unit} from './types.js'

export function transcriptParagraphs(units: readonly Unit[]): Set<number> {
  const labelled: number[] = []
  // A credit line (`Image:`, `Tom Tancredo Image:`) is web residue, not a speaker label, and a
  // headline with a colon (`Study: …`, the draft's first paragraph) is a title: neither makes a transcript.
  for (const unit of units) {
    if (!unit.opensParagraph || unit.paragraph === 0 || !opensWithLabel(unit.tokens)) continue
    if (residueLabels.has(unit.tokens[0].lower) || residueLabels.has(labelEnd(unit.tokens))) continue
    labelled.push(unit.paragraph)
  }
  const transcript = new Set<number>()
  if (labelled.length < 2) return transcript
  for (const unit of units) if (unit.paragraph >= labelled[0]) transcript.add(unit.paragraph)
  return transcript
}

/** The label's last word, before its colon (`Image` in `Tom Tancredo Image:`), lower case. */
function labelEnd(tokens: readonly Token[]): string {
  for (let index = 1; index < tokens.length && index < 8; index++) if (tokens[index].value === ':') return tokens[index - 1].lower
  return ''
}

/**
 * `((Ana Ruiz))`, `Ana Ruiz:`, `Q:`: one to four words in double brackets or
 * before a colon. `Mayor Ana Ruiz said:` is a credit introducing a quotation,
 * not a label: the word before the colon is a reporting verb's inflected form.
 */
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
    return words > 0 && token.value === ':' && !isCreditVerb(tokens[index - 1])
  }
  return false
}

/** `said`, `told`, `wrote`, `adds`: a reporting verb's form other than its lemma (`Answer:`, `Comment:` stay labels). */
function isCreditVerb(token: Token): boolean {
  const verb = verbTable().get(token.lower)
  return verb?.quoteFrame === true && verb.lemma !== token.lower
}
