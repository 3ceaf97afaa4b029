/**
 * entity-conflation: one state put on both sides of something that needs two
 * parties: a capital or seat of government set against its own country
 * (`relations between Beijing and China`), a party relating to itself
 * (`Tokyo and Seoul ... improve ties with Tokyo`), an accuser refuting its
 * own accusation (`Russia's claims ..., which Moscow denied`), or a capital
 * acting on its own country (`the Kremlin summoned Russia`).
 * Documentation: rules/entity-conflation.md.
 */
import {entitiesOf, type Constituent, type EntityMention} from '../../src/analysis/entities.js'
import {explainSameParty, namedAs, sameParty} from '../../src/analysis/parties.js'
import {
  accusationNouns,
  accusationVerbs,
  auxiliaries,
  envoyNouns,
  envoyVerbs,
  pairVerbs,
  placePrepositions,
  reciprocals,
  subPartyNouns,
  denialVerbs,
  otherPartyVerbs,
  relationHeads,
  relationPhrases,
  stateOrgans
} from '../../src/lexicon/entities.js'
import {defineRule, type Report} from '../../src/rule-kit/rule-kit.js'

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
interface Options {}

/** How far before `between` a relation noun may stand: `the long trade war between`. */
const relationReach = 6
const stateOrganLower = new Set([...stateOrgans].map((word) => word.toLowerCase()).filter((word) => word !== 'of'))

export default defineRule<Options>(
  {
    id: 'entity-conflation',
    description: 'One state on both sides of a relation: a capital against its own country, a party relating to itself.',
    options: {},
    defaults: {},
    messages: {
      'same-party-pair': 'one state named as both parties of a relation',
      'ties-with-itself': 'a party said to improve ties with itself',
      'answers-own-accusation': 'an accuser said to deny its own accusation',
      'acts-on-itself': 'a state said to act on itself (`the Kremlin summoned Russia`)',
      'relation-with-itself': "a state's relation with itself (`China's talks with Beijing`)"
    }
  },
  ({document, report}) => {
    const {constituents} = entitiesOf(document)
    for (const sentence of constituents) {
      if (!sentence || !sentence.some((unit) => unit.type === 'mention')) continue
      const found: Report[] = []
      betweenPairs(sentence, found)
      compoundPairs(sentence, found)
      selfRelations(sentence, found)
      selfDenials(sentence, found)
      selfActions(sentence, found)
      possessiveRelations(sentence, found)
      coordinatedSelf(sentence, found)
      // One message per sentence and spot: the shapes can overlap.
      const seen = new Set<number>()
      for (const item of found.sort((a, b) => a.start - b.start)) {
        if (seen.has(item.start)) continue
        seen.add(item.start)
        report(item)
      }
    }
  }
)

function mentionAt(units: Constituent[], index: number): EntityMention | undefined {
  const unit = units[index]
  return unit?.type === 'mention' ? unit.mention : undefined
}

function wordAt(units: Constituent[], index: number): string | undefined {
  const unit = units[index]
  return unit?.type === 'word' ? unit.lower : undefined
}

/** Index of the verb after auxiliaries, adverbs and a day (`has also`, `on Monday`, `yesterday`). */
function skipAuxiliaries(units: Constituent[], index: number): number {
  for (;;) {
    const word = wordAt(units, index)
    if (word === undefined) return index
    if (auxiliaries.has(word) || (word.endsWith('ly') && word.length > 4)) index++
    else if (word === 'on' && units[index + 1]?.type === 'word' && (units[index + 1] as {capitalised: boolean}).capitalised) index += 2
    else return index
  }
}

/** Index of the next unit after an optional `the`. */
function skipArticle(units: Constituent[], index: number): number {
  return wordAt(units, index) === 'the' ? index + 1 : index
}

/** A relation phrase ending at `units[index]` (`relations`, `trade war`)? */
function relationEndsAt(units: Constituent[], index: number): boolean {
  const last = wordAt(units, index)
  if (!last || !relationHeads.has(last)) return false
  let phrase = last
  if (relationPhrases.has(phrase)) return true
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
    const word = wordAt(units, back)
    if (!word) return false
    phrase = word + ' ' + phrase
    if (relationPhrases.has(phrase)) return true
  }
  return false
}

/** A relation phrase starting at `units[index]`: its last index, or -1. */
function relationStartsAt(units: Constituent[], index: number): number {
  for (let end = index; end < Math.min(units.length, index + 4); end++) {
    if (units[end].type !== 'word') break
    let phrase = ''
    for (let at = index; at <= end; at++) phrase += (at > index ? ' ' : '') + wordAt(units, at)
    if (relationPhrases.has(phrase)) return end
  }
  return -1
}

/** A mention that is a party in its own right: not `China's`, not the first half of `Beijing-backed`. */
function standalone(units: Constituent[], index: number): EntityMention | undefined {
  const mention = mentionAt(units, index)
  if (!mention || mention.possessive) return undefined
  const next = units[index + 1]
  if (next?.type === 'punctuation' && next.hyphen) return undefined
  return mention
}

function pairReport(first: EntityMention, second: EntityMention, what: string): Report {
  return {
    start: first.start,
    end: second.end,
    messageId: 'same-party-pair',
    reason: `One party on both sides: ${explainSameParty(first, second)}, so ${what} has no second party; name the other country or its capital`
  }
}

/** `relations between Beijing and China`, `the summit between the Kremlin and Russia`. */
function betweenPairs(units: Constituent[], found: Report[]): void {
  for (let index = 0; index < units.length; index++) {
    if (wordAt(units, index) !== 'between') continue
    let hasRelation = false
    for (let back = index - 1; back >= Math.max(0, index - relationReach); back--) {
      if (units[back].type === 'punctuation') break
      if (relationEndsAt(units, back)) hasRelation = true
    }
    // The parties: `A and B`, or a list `A, B and C`.
    const parties: EntityMention[] = []
    let at = skipArticle(units, index + 1)
    let closed = false
    for (;;) {
      const party = standalone(units, at)
      if (!party) break
      parties.push(party)
      const next = units[at + 1]
      if (closed) break
      if (wordAt(units, at + 1) === 'and') closed = true
      else if (!(next?.type === 'punctuation' && next.text === ',')) break
      at = skipArticle(units, wordAt(units, at + 2) === 'and' ? ((closed = true), at + 3) : at + 2)
    }
    if (!closed || parties.length < 2) continue
    const lastAt = parties[parties.length - 1].constituent
    if (!endsNounPhrase(units, lastAt + 1)) continue
    if (!hasRelation && relationStartsAt(units, lastAt + 1) < 0) continue
    for (let a = 0; a < parties.length; a++) {
      const twin = parties.slice(a + 1).find((other) => sameParty(parties[a], other))
      if (!twin) continue
      found.push(pairReport(parties[a], twin, `the relation between ${namedAs(parties[a])} and ${namedAs(twin)}`))
      break
    }
  }
}

/** Does the noun phrase end before `units[index]`? Not in `between London and UK regions`, `thanked Paris residents`. */
function endsNounPhrase(units: Constituent[], index: number): boolean {
  const unit = units[index]
  if (!unit || unit.type !== 'word') return true
  return !unit.capitalised && !subPartyNouns.has(unit.lower)
}

/** `China-Beijing relations`, `Moscow–Russia ties`. */
function compoundPairs(units: Constituent[], found: Report[]): void {
  for (let index = 0; index + 2 < units.length; index++) {
    const first = mentionAt(units, index)
    const dash = units[index + 1]
    if (!first || first.possessive || dash.type !== 'punctuation' || !/^[-\u2010\u2013]$/.test(dash.text)) continue
    const second = mentionAt(units, index + 2)
    if (!second || (second.possessive && relationStartsAt(units, index + 3) < 0)) continue
    if (relationStartsAt(units, index + 3) < 0) continue
    if (sameParty(first, second)) found.push(pairReport(first, second, `the relation between ${namedAs(first)} and ${namedAs(second)}`))
  }
}

/**
 * `Tokyo and Seoul ... ready to improve ties with Tokyo`: a pair of parties
 * relating to one of themselves; and `China wants closer ties with Beijing`.
 */
function selfRelations(units: Constituent[], found: Report[]): void {
  const subjects: EntityMention[] = []
  const opening = skipArticle(units, 0)
  const opener = standalone(units, opening)
  if (opener) {
    subjects.push(opener)
    const and = wordAt(units, opening + 1) === 'and' ? opening + 2 : -1
    const partner = and > 0 ? standalone(units, skipArticle(units, and)) : undefined
    if (partner) subjects.push(partner)
  } else {
    // A pair later in the sentence: `After the vote, Tokyo and Seoul ...`.
    for (let index = 0; index + 2 < units.length; index++) {
      const first = standalone(units, index)
      const second = wordAt(units, index + 1) === 'and' ? standalone(units, skipArticle(units, index + 2)) : undefined
      if (first && second && !sameParty(first, second)) {
        subjects.push(first, second)
        break
      }
    }
  }
  if (subjects.length === 0) return
  const lastSubject = subjects[subjects.length - 1]
  // Any state named between the subjects and `with` may be the real subject of the relation.
  let mentionBetween = false
  for (let index = lastSubject.constituent + 1; index + 1 < units.length; index++) {
    if (units[index - 1].type === 'mention' && index - 1 > lastSubject.constituent) mentionBetween = true
    if (mentionBetween) return
    if (wordAt(units, index) !== 'with' || !relationEndsAt(units, index - 1)) continue
    const otherAt = skipArticle(units, index + 1)
    const other = standalone(units, otherAt)
    if (!other || !endsNounPhrase(units, otherAt + 1)) continue
    const self = subjects.find((subject) => sameParty(subject, other))
    if (!self) continue
    const pair = subjects.length === 2
    found.push({
      start: other.start,
      end: other.end,
      messageId: 'ties-with-itself',
      reason: pair
        ? `One party on both sides: the ties are between ${namedAs(subjects[0])} and ${namedAs(subjects[1])}, but ${oneOfThem(self, other)}; write \`each other\``
        : `One party on both sides: ${explainSameParty(self, other)}, so ${namedAs(self)} cannot have ties with ${namedAs(other)}; name the other party`,
      expected: pair ? ['each other'] : undefined
    })
  }
}

/**
 * `China's accusations ..., which Beijing has refuted` and
 * `Russia accused Ukraine of ..., which Moscow denied`: the accuser cannot deny.
 */
function selfDenials(units: Constituent[], found: Report[]): void {
  let accuser: EntityMention | undefined
  let accused: EntityMention | undefined
  let after = -1
  for (let index = 0; index < units.length && !accuser; index++) {
    const mention = mentionAt(units, index)
    if (!mention) continue
    if (mention.possessive) {
      const noun = accusationAfterModifiers(units, index + 1)
      if (noun >= 0) {
        accuser = mention
        after = noun + 1
      }
      continue
    }
    const verbAt = skipAuxiliaries(units, index + 1)
    const verb = wordAt(units, verbAt)
    if (verb !== undefined && accusationVerbs.has(verb)) {
      accuser = mention
      accused = standalone(units, skipArticle(units, verbAt + 1))
      after = verbAt + 1
    }
  }
  if (!accuser) return
  for (let index = after; index < units.length; index++) {
    const word = wordAt(units, index)
    if (!word) continue
    let denier: EntityMention | undefined
    let verb: string | undefined
    if (word === 'which' || word === 'that' || accusationNouns.has(word)) {
      // `..., which Beijing has refuted`, `an accusation Rabat rejected`
      const denierAt = skipArticle(units, index + 1)
      denier = standalone(units, denierAt)
      if (!denier) continue
      const verbAt = skipAuxiliaries(units, denierAt + 1)
      verb = wordAt(units, verbAt)
    } else if (denialVerbs.has(word) && wordAt(units, index + 1) === 'by') {
      // `..., which were denied by Beijing`
      denier = standalone(units, skipArticle(units, index + 2))
      verb = word
    }
    if (!denier || !verb || !denialVerbs.has(verb)) continue
    if (!sameParty(accuser, denier) || (accused && sameParty(accused, denier))) continue
    found.push({
      start: denier.start,
      end: denier.end,
      messageId: 'answers-own-accusation',
      reason: `The accuser answers its own accusation: ${explainSameParty(accuser, denier)}, so ${namedAs(denier)} cannot be the side that ${verb} it; name the accused party`
    })
  }
}

/** `Budapest is the capital of Hungary, one of the two`. */
function oneOfThem(self: EntityMention, other: EntityMention): string {
  if (self.text === other.text) return `${namedAs(other)} is one of them`
  return `${explainSameParty(self, other)}, one of the two`
}

/** `summoned Japan's ambassador`: a government summons another state's envoy, never its own. */
function summonedEnvoy(units: Constituent[], index: number, verb: string): EntityMention | undefined {
  if (!envoyVerbs.has(verb)) return undefined
  const mention = mentionAt(units, index)
  const noun = wordAt(units, index + 1)
  return mention?.possessive && noun && envoyNouns.has(noun) ? mention : undefined
}

/** `Tokyo summoned Japan`, `the Kremlin sanctioned Russia`: a verb whose object must be another party. */
function selfActions(units: Constituent[], found: Report[]): void {
  for (let index = 0; index < units.length; index++) {
    const subject = mentionAt(units, index)
    if (!subject) continue
    let verbAt = index + 1
    if (subject.possessive) {
      // `Japan's foreign ministry summoned ...`: the state acts through an organ.
      if (!stateOrganLower.has(wordAt(units, verbAt) ?? '')) continue
      while (stateOrganLower.has(wordAt(units, verbAt) ?? '')) verbAt++
    } else if (!standalone(units, index)) continue
    verbAt = skipAuxiliaries(units, verbAt)
    const verb = wordAt(units, verbAt)
    if (!verb || !otherPartyVerbs.has(verb)) continue
    const objectAt = skipArticle(units, verbAt + 1)
    const direct = standalone(units, objectAt)
    const object = direct && endsNounPhrase(units, objectAt + 1) ? direct : summonedEnvoy(units, objectAt, verb)
    if (!object || !sameParty(subject, object)) continue
    const objectText = object.possessive ? `${namedAs(object)}'s ${wordAt(units, objectAt + 1)}` : namedAs(object)
    found.push({
      start: object.start,
      end: object.end,
      messageId: 'acts-on-itself',
      reason: `One party on both sides: ${explainSameParty(subject, object)}, so ${namedAs(subject)} cannot have ${verb} ${objectText}; name the other party`
    })
  }
}

/** `Japan's rivalry with Tokyo`, `Egypt's dispute with Cairo`. */
function possessiveRelations(units: Constituent[], found: Report[]): void {
  for (let index = 0; index < units.length; index++) {
    const owner = mentionAt(units, index)
    if (!owner?.possessive) continue
    const end = relationAfterModifiers(units, index + 1)
    if (end < 0 || wordAt(units, end + 1) !== 'with') continue
    const otherAt = skipArticle(units, end + 2)
    const other = standalone(units, otherAt)
    if (!other || !endsNounPhrase(units, otherAt + 1) || !sameParty(owner, other)) continue
    found.push({
      start: other.start,
      end: other.end,
      messageId: 'relation-with-itself',
      reason: `One party on both sides: ${explainSameParty(owner, other)}, so ${namedAs(owner)} cannot have a ${tokensOf(units, index + 1, end)} with ${namedAs(other)}; name the other party`
    })
  }
}

/** Words a possessive and its noun may have between them: `decade-old`, `long and costly`, `increasingly tense trade`. */
const maxModifierUnits = 6

/**
 * The last index of a relation phrase after a possessive, modifiers allowed
 * between (`Seoul's decade-old fishing dispute`), or -1. Modifiers are words
 * and hyphens only: another state, a comma or a clause ends the search.
 */
function relationAfterModifiers(units: Constituent[], from: number): number {
  for (let at = from; at < Math.min(units.length, from + maxModifierUnits); at++) {
    const unit = units[at]
    if (unit.type === 'punctuation') {
      if (unit.hyphen) continue
      return -1
    }
    if (unit.type !== 'word') return -1
    const end = relationStartsAt(units, at)
    // The longest phrase from here: `trade war`, not `trade` before `war`.
    if (end >= 0)
      return wordAt(units, end + 1) === 'with' || relationStartsAt(units, at + 1) < 0 ? end : relationAfterModifiers(units, at + 1)
    if (unit.capitalised || unit.lower === 'with' || unit.lower === 'which' || unit.lower === 'that') return -1
  }
  return -1
}

/** The claim noun after a possessive, modifiers allowed between (`Peru's formal complaint`): its index, or -1. */
function accusationAfterModifiers(units: Constituent[], from: number): number {
  for (let at = from; at < Math.min(units.length, from + 4); at++) {
    const unit = units[at]
    if (unit.type === 'punctuation' && unit.hyphen) continue
    if (unit.type !== 'word' || unit.capitalised) return -1
    if (accusationNouns.has(unit.lower)) return at
    if (unit.lower === 'that' || unit.lower === 'which' || unit.lower === 'with') return -1
  }
  return -1
}

function tokensOf(units: Constituent[], from: number, to: number): string {
  let text = ''
  for (let at = from; at <= to; at++) {
    const unit = units[at]
    if (unit.type === 'punctuation') text += unit.hyphen ? '-' : ''
    else text += (text === '' || text.endsWith('-') ? '' : ' ') + (unit.type === 'word' ? unit.text : unit.mention.text)
  }
  return text
}

/**
 * `Pretoria and South Africa agreed to work with each other`, `Rome and
 * Italy signed a treaty`: one state coordinated with itself as the two
 * parties of a relation. Not where the pair is a place (`in Rome and Italy`).
 */
function coordinatedSelf(units: Constituent[], found: Report[]): void {
  // relationAfter[i]: a relation word, `each other` or `one another` at or after unit i.
  const relationAfter: boolean[] = new Array(units.length + 1).fill(false)
  for (let at = units.length - 1; at >= 0; at--) {
    const word = wordAt(units, at)
    const reciprocal = word !== undefined && reciprocals.has(word + ' ' + wordAt(units, at + 1))
    relationAfter[at] = relationAfter[at + 1] || reciprocal || relationEndsAt(units, at)
  }
  for (let index = 0; index + 2 < units.length; index++) {
    const first = standalone(units, index)
    if (!first || wordAt(units, index + 1) !== 'and') continue
    const secondAt = skipArticle(units, index + 2)
    const second = standalone(units, secondAt)
    if (!second || !sameParty(first, second) || !endsNounPhrase(units, secondAt + 1)) continue
    const before = wordAt(units, first.article ? index - 2 : index - 1)
    if (before && placePrepositions.has(before)) continue
    const verb = wordAt(units, secondAt + 1)
    if (!(verb !== undefined && pairVerbs.has(verb)) && !(relationAfter[secondAt + 1] ?? false)) continue
    found.push({
      start: first.start,
      end: second.end,
      messageId: 'same-party-pair',
      reason: `One party on both sides: ${explainSameParty(first, second)}, so ${namedAs(first)} and ${namedAs(second)} cannot be the two sides; name the other party`
    })
  }
}
