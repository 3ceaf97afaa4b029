/**
 * Pronoun credits (`…, she said`) point back to the nearest earlier speaker
 * that fits them, in their paragraph or the one before; the look-back is
 * bounded, so the pass is linear.
 */
import {documentNouns} from '../../lexicon/attribution.js'
import type {Frame, Speaker, Unit} from './types.js'

/** Credits a pronoun may look back over to find its speaker. */
const maxLookBack = 12

/** Point each pronoun speaker at the nearest earlier speaker that fits it, in its paragraph or the one before. */
export function resolvePronouns(units: Unit[]): void {
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
