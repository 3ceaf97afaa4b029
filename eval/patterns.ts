/** Pattern shapes several generators share. */
import type {Block} from './article.js'
import type {Half, Pattern, PlantContext} from './generator.js'

/** One defective sentence inserted into a prose paragraph; the message must touch it. */
export function sentencePattern(
  id: string,
  half: Half,
  build: (context: PlantContext) => string,
  options: {outsideTranscripts?: boolean} = {}
): Pattern {
  return {
    id,
    half,
    plant(context) {
      const text = build(context)
      const transcript = options.outsideTranscripts ? transcriptBlocks(context) : new Set<Block>()
      const units = context.insertSentences([text], 'anywhere', (block) => !transcript.has(block))
      return units && {units, text}
    }
  }
}

/**
 * Two-statement defects (one fact stated twice, differently): plant both as
 * paragraphs and expect the message at whichever lands later in the draft,
 * since consistency rules report the second statement.
 */

export function pairPattern(id: string, half: Half, build: (context: PlantContext) => [string, string]): Pattern {
  return {
    id,
    half,
    plant(context) {
      const [first, second] = build(context)
      const one = context.insertParagraph([first])
      if (!one) return undefined
      const two = context.insertParagraph([second])
      if (!two) return undefined
      const blockOf = (unit: string) => context.article.blocks.findIndex((block) => block.units.some((candidate) => candidate.id === unit))
      const later = blockOf(two[0]) > blockOf(one[0]) ? two : one
      return {units: later, text: later === two ? `${first} … ${second}` : `${second} … ${first}`}
    }
  }
}

/** `((Ana Ruiz))`, `Ana Ruiz:`, `Q:`: a speaker label of one to four words opening a paragraph. */
const label = /^(?:\(\((?:[^\s()]+ ){0,3}[^\s()]+\)\)|(?:[^\s:]+ ){0,3}[^\s:]+:(?:\s|$))/u

/** A credit line (`Image: …`, `Tom Tancredo Image: …`) is web residue, not a speaker label. */
const creditWord = /^(?:Image|Photo|Picture|Video|Source|Sources|Credit|Caption|Related|Updated|Published)$/u
const creditLine = {
  test(text: string): boolean {
    const colon = text.indexOf(':')
    const words = (colon >= 0 ? text.slice(0, colon) : text).split(' ')
    return creditWord.test(words[0]) || creditWord.test(words[words.length - 1])
  }
}

/**
 * Paragraphs of an interview transcript: from the first labelled paragraph on, when two or
 * more are labelled (answers run on over unlabelled paragraphs). A sentence there is the
 * interviewee's or interviewer's own words, credited by the label like a quotation: rules
 * that leave speech alone (unattributed-claim, redundancy) get no defect planted there.
 */
export function transcriptBlocks(context: PlantContext): Set<Block> {
  const blocks = context.article.blocks
  const labelled = blocks.filter((block) => {
    const text = block.units[0]?.text ?? ''
    return block.kind === 'prose' && label.test(text) && !creditLine.test(text)
  })
  if (labelled.length < 2) return new Set()
  return new Set(blocks.slice(blocks.indexOf(labelled[0])))
}

const adverbs = ['widely', 'generally', 'commonly', 'now', 'increasingly', '']
const adjectives = ['', 'independent', 'leading', 'local', 'veteran', 'outside']
const tuningCrowds = ['experts', 'critics', 'analysts', 'observers']
const checkCrowds = ['economists', 'commentators', 'insiders', 'sources', 'residents', 'officials', 'people familiar with the plans']
