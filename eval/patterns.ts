/** Pattern shapes several generators share. */
import type {Half, Pattern, PlantContext} from './generator.js'

/** One defective sentence inserted into a prose paragraph; the message must touch it. */
export function sentencePattern(id: string, half: Half, build: (context: PlantContext) => string): Pattern {
  return {
    id,
    half,
    plant(context) {
      const text = build(context)
      const units = context.insertSentences([text])
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
