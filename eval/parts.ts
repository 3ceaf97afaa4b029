/**
 * Parts the generators compose defects from: invented people, titles,
 * organisations, claims and quotations. Written for the bench (none of it
 * is corpus text), varied on purpose: a rule that only knows one of them
 * should miss the others.
 */
import type {Rng} from './rng.js'

export const givenNames = [
  'Amara',
  'Tomasz',
  'Ines',
  'Kwame',
  'Lena',
  'Rafael',
  'Yuki',
  'Priya',
  'Mateo',
  'Selin',
  'Olusegun',
  'Marta',
  'Dmitri',
  'Ayesha',
  'Henrik',
  'Camila',
  'Jonah',
  'Farida',
  'Niamh',
  'Tariq',
  'Sofia',
  'Kenji',
  'Esther',
  'Luca'
]
export const surnames = [
  'Okafor',
  'Brennan',
  'Halvorsen',
  'Mbeki',
  'Castellano',
  'Nakamura',
  'Varga',
  'Delacroix',
  'Osei',
  'Lindqvist',
  'Moreau',
  'Petrakis',
  'Adeyemi',
  'Kowalczyk',
  'Fitzgerald',
  'Rahimi',
  'Santoro',
  'Haddad',
  'Ostrowski',
  'Quintero',
  'Abernathy',
  'Takahashi',
  'Mwangi',
  'Carvalho'
]
/** Titles written before a name, with the role noun a later reference may use. */
export const titles: ReadonlyArray<{title: string; role: string}> = [
  {title: 'Health Minister', role: 'the minister'},
  {title: 'Finance Minister', role: 'the minister'},
  {title: 'Mayor', role: 'the mayor'},
  {title: 'Senator', role: 'the senator'},
  {title: 'Police Chief', role: 'the chief'},
  {title: 'Governor', role: 'the governor'},
  {title: 'Detective Inspector', role: 'the inspector'},
  {title: 'coach', role: 'the coach'},
  {title: 'union leader', role: 'the union leader'},
  {title: 'chief executive', role: 'the chief executive'}
]
/** Organisations as a subject, with the pronoun that stands for them. */
export const organisations = [
  'the ministry',
  'the union',
  'the council',
  'the company',
  'the airline',
  'the federation',
  'the hospital trust',
  'the electoral commission',
  'the rail operator',
  'the central bank',
  'the regulator',
  'the university'
]
/** Documents that can be credited. */
export const documents = ['the statement', 'the report', 'the ruling', 'the letter', 'the audit', 'the press release', 'the memo']

export const sayingVerbs = [
  'said',
  'added',
  'stated',
  'explained',
  'noted',
  'insisted',
  'told reporters',
  'said on Tuesday',
  'later said',
  'also said'
]

/** Subjects and predicates of claims nobody is named as making. */
const claimSubjects = [
  'the project',
  'the agreement',
  'the new policy',
  'the merger',
  'the stadium deal',
  'the reform',
  'the bypass',
  'the ceasefire',
  'the contract',
  'the rescue plan',
  'the tax cut',
  'the pipeline'
]
const claimPredicates = [
  'will be delayed until next year',
  'is running far over budget',
  'could collapse within weeks',
  'was agreed in secret',
  'had been planned for months',
  'will cost thousands of jobs',
  'was rushed through without scrutiny',
  'is unlikely to survive a court challenge',
  'will be scrapped after the election',
  'has already failed',
  'was never properly funded',
  'would benefit only a few firms'
]
const raisingPredicates = [
  'be running far over budget',
  'have been agreed in secret',
  'be close to collapse',
  'have cost thousands of jobs',
  'be facing a court challenge',
  'have been planned for months',
  'be worth billions',
  'have been rushed through'
]

export function claim(rng: Rng): string {
  return `${rng.pick(claimSubjects)} ${rng.pick(claimPredicates)}`
}

export function raisingClaim(rng: Rng): {subject: string; rest: string} {
  return {subject: rng.pick(claimSubjects), rest: rng.pick(raisingPredicates)}
}

/** Quoted sentences: words someone says, without the marks. */
const quoteOpeners = [
  'We will not',
  'Nobody here wants to',
  'I would never',
  'The city cannot afford to',
  'Our members refuse to',
  'You do not'
]
const quoteMiddles = [
  'give up on this fight',
  'wait another year for answers',
  'let this happen again',
  'accept a deal like that',
  'pretend the problem is solved',
  'walk away from these families'
]
const quoteEndings = ['', ' now', ' without a fight', ' under any circumstances', ' this time', ' any longer']

export function quotation(rng: Rng, end: '.' | ',' | '!' | '?' = '.'): string {
  let text = `${rng.pick(quoteOpeners)} ${rng.pick(quoteMiddles)}${rng.pick(quoteEndings)}`
  if (end === '?') text = `Why would we ${rng.pick(quoteMiddles)}${rng.pick(quoteEndings)}`
  return text + end
}

export function person(rng: Rng): {given: string; surname: string; full: string} {
  const given = rng.pick(givenNames)
  const surname = rng.pick(surnames)
  return {given, surname, full: `${given} ${surname}`}
}

export const outlets = [
  'the Northern Ledger',
  'the Harbour Courier',
  'Daily Meridian',
  'the Valley Gazette',
  'Metro Dispatch',
  'the Coastal Herald'
]

export const timeAdverbials = ['on Monday', 'last week', 'this year', 'since March', 'over the summer', 'in recent months', 'on Thursday']

/** Lower-case the first letter, except the pronoun `I`. */
export function lowerFirst(text: string): string {
  return /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)
}
