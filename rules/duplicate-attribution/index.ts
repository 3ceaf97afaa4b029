/**
 * duplicate-attribution: one quotation or claim credited twice, as in
 * `The statement read, "…," the statement read.` The second credit is
 * reported, with its removal as the fix. Documentation: rules/duplicate-attribution.md.
 */
import {attributionsOf, coreferenceOf, indexAt, sameSource} from '../../src/analysis/attributions.js'
import type {Token} from '../../src/analysis/text.js'
import {defineRule} from '../../src/rule-kit/rule-kit.js'

/** Verbs that report remembering words said earlier, by the same speaker or another. */
const recollection = new Set(['recall', 'recount'])

interface Options {
  /** More reporting verbs: a form (`"quipped"`) or `"lemma:form,form"`. */
  extraVerbs?: string[]
}

export default defineRule<Options>(
  {
    id: 'duplicate-attribution',
    description: 'A quotation or claim credited twice to the same source.',
    options: {extraVerbs: 'string[]'},
    defaults: {extraVerbs: []},
    messages: {'credited-twice': 'a quotation or statement credited twice in one sentence'}
  },
  ({document, options, report}) => {
    const attributions = attributionsOf(document, options.extraVerbs)
    const coreference = coreferenceOf(document)
    for (const unit of attributions.units) {
      for (const second of unit.frames) {
        if (!second.trailing || !second.speaker || !second.quoteFrame || second.loose) continue
        // `"Go home," the sergeant told them, she later recalled`: a memory of the words is a second speech event.
        if (recollection.has(second.lemma)) continue
        const clauseStart = second.clauseStart ?? second.start
        const first = unit.frames.find(
          (frame) =>
            frame !== second &&
            !frame.loose &&
            frame.end <= clauseStart &&
            frame.quoteFrame &&
            sameSource(frame, second, coreference) &&
            !separatedBySemicolon(unit.tokens, frame.end, clauseStart, attributions.quoted)
        )
        if (!first) continue
        const end = second.clauseEnd ?? second.end
        const credit = document.text.slice(second.start, end)
        const earlier = document.text.slice(first.start, first.end)
        const what = unit.quotations.length > 0 ? 'quotation' : 'statement'
        report({
          start: second.start,
          end,
          reason: `This ${what} is credited twice: \`${earlier}\` already says who said it, so delete \`${credit}\``,
          actual: credit,
          expected: [''],
          note: 'Keep one credit; when the second one goes, end the sentence (or the quotation) with a full stop.'
        })
      }
    }
  }
)

/** `He said A; "B," he added.`: a semicolon joins two statements, each with its own credit. */
function separatedBySemicolon(tokens: readonly Token[], from: number, to: number, quoted: ReadonlySet<Token>): boolean {
  for (let index = indexAt(tokens, from); index < tokens.length && tokens[index].start < to; index++) {
    if (tokens[index].value === ';' && !quoted.has(tokens[index])) return true
  }
  return false
}
