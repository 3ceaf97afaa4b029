/**
 * The passive hedge grammar: `it` + be-chain + adverbs + participle
 * (`it is widely believed`, `it had long been rumoured`) and the raising
 * passive subject + be-chain + adverbs + participle + `to` (`is said to`,
 * `was widely reported to`), in any tense, from the participles in
 * data/hedges.json. One backward walk of a few words per participle: linear.
 */
import {beForms, passiveChainOpeners, chainAdverbs, hedgeParticiples, type Hedge} from '../../src/lexicon/attribution.js'
import type {Token} from '../../src/analysis/text.js'

export interface PassiveMatch {
  hedge: Hedge
  tokens: Token[]
}

/** A be-form (attribution-words.json `beForms`) or the contracted `'s` (`he's said to`). */
const isBe = (word: string) => beForms.has(word) || word === "'s"
/** Finite words a chain may open with besides a be-form (`has been`, `would be`). */
const chainOpeners = passiveChainOpeners
/** Longest chain read back from the participle (`had also long been widely`). */
const maxChain = 6

const isAdverb = (token: Token) =>
  chainAdverbs.has(token.lower) || (token.lower.length > 4 && token.lower.endsWith('ly') && token.lower !== 'only')

export function passiveHedges(run: readonly Token[]): PassiveMatch[] {
  const found: PassiveMatch[] = []
  for (let index = 1; index < run.length; index++) {
    const participle = hedgeParticiples.get(run[index].lower)
    if (!participle) continue
    // Read the chain backwards: adverbs, be-forms, then an optional opener (`has`, `would`).
    let at = index - 1
    let sawBe = false
    let contracted = false
    for (let steps = 0; at >= 0 && steps < maxChain; steps++, at--) {
      const word = run[at].lower
      if (isBe(word)) sawBe = true
      else if (word === "it's") {
        sawBe = true
        contracted = true
        break
      } else if (chainOpeners.has(word)) {
        if (!sawBe) break
      } else if (!isAdverb(run[at])) break
    }
    if (!sawBe) continue
    const chainStart = contracted ? at : at + 1
    if (chainStart >= index) continue
    const first = run[chainStart]
    if (!isBe(first.lower) && !chainOpeners.has(first.lower) && !contracted) continue
    const subject = run[at]
    const next = run[index + 1]
    const frames = participle.frames ?? []
    const dummy = subject !== undefined && (subject.lower === 'it' || subject.lower === "it's")
    if (dummy && next?.lower !== 'to' && frames.includes('it-passive')) {
      const tokens = run.slice(contracted ? at : Math.max(at, 0), index + 1)
      found.push({hedge: hedgeFor(participle, 'it-passive', tokens), tokens})
    } else if (next?.lower === 'to' && frames.includes('raising')) {
      if (contracted) continue // `it's said to`: rare, and `it` there is usually a thing
      const tokens = run.slice(chainStart, index + 2)
      found.push({hedge: hedgeFor(participle, 'raising', tokens), tokens})
    }
  }
  return found
}

function hedgeFor(participle: Hedge, frame: 'it-passive' | 'raising', tokens: readonly Token[]): Hedge {
  return {
    phrase: tokens.map((token) => token.lower).join(' '),
    kind: 'impersonal',
    frame,
    weak: participle.weak,
    advisory: participle.advisory,
    origin: participle.origin
  }
}
