/** One fact with two figures: a toll or an age given once, then contradicted in another paragraph. */
import {capitalise, type Generator, type Half, type Pattern, type PlantContext} from '../generator.js'
import {person} from '../parts.js'
import {pairPattern} from '../patterns.js'
import type {Rng} from '../rng.js'

const numberWords = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty']
const places = [
  'a market in the old town',
  'the northern highway',
  'a textile factory',
  'the river crossing',
  'a village near the border',
  'the main railway station'
]
const causes = ['an explosion', 'a fire', 'a landslide', 'a bus crash', 'a building collapse', 'flash flooding']
const sources = [
  'police said',
  'officials said',
  'the fire service said',
  'the regional governor said',
  'a hospital spokesperson said',
  'the interior ministry said'
]

/** Two different counts, written as digits or words. */
function counts(rng: Rng, words: boolean): [string, string] {
  const base = 6 + rng.int(40)
  const other = base + 1 + rng.int(5)
  const write = (value: number) => (words && value <= 20 ? numberWordFor(value) : String(value))
  return [write(base), write(other)]
}
function numberWordFor(value: number): string {
  const small = [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty'
  ]
  return small[value]
}

const generator: Generator = {
  rule: 'number-consistency',
  order: 10,
  patterns: [
    pairPattern('passive-killed', 'tuning', (c) => {
      const [a, b] = counts(c.rng, false)
      return [
        `${a} people were killed in ${c.rng.pick(causes)} at ${c.rng.pick(places)}, ${c.rng.pick(sources)}.`,
        `Rescuers said ${b} people were killed and dozens more were hurt.`
      ]
    }),
    pairPattern('dead-then-died', 'tuning', (c) => {
      const [a, b] = counts(c.rng, true)
      return [
        `${capitalise(a)} dead after ${c.rng.pick(causes)} hit ${c.rng.pick(places)}, ${c.rng.pick(sources)}.`,
        `${capitalise(b)} people died, according to the regional health office.`
      ]
    }),
    pairPattern('active-killed', 'tuning', (c) => {
      const [a, b] = counts(c.rng, false)
      const cause = c.rng.pick(causes)
      return [
        `${capitalise(cause)} killed ${a} people at ${c.rng.pick(places)} on Monday.`,
        `The ${cause.replace(/^an? /, '')} killed ${b} people, ${c.rng.pick(sources)}.`
      ]
    }),
    pairPattern('injured-count', 'tuning', (c) => {
      const [a, b] = counts(c.rng, false)
      return [
        `${a} people were injured when ${c.rng.pick(causes)} struck ${c.rng.pick(places)}.`,
        `Hospital staff treated the ${b} people who were injured.`
      ]
    }),
    pairPattern('age-apposition', 'tuning', (c) => {
      const who = person(c.rng)
      const age = 25 + c.rng.int(50)
      return [`The driver, ${who.full}, ${age}, was taken to hospital.`, `${who.surname}, ${age + 1 + c.rng.int(8)}, was later released.`]
    }),
    pairPattern('arrested-count', 'tuning', (c) => {
      const [a, b] = counts(c.rng, false)
      return [
        `Police arrested ${a} protesters outside the parliament on Saturday.`,
        `${b} protesters were arrested and were released without charge on Sunday.`
      ]
    }),
    pairPattern('toll-of', 'tuning', (c) => {
      const [a, b] = counts(c.rng, false)
      return [`The death toll stands at ${a}, ${c.rng.pick(sources)}.`, `${b} people were killed, the agency confirmed on Tuesday.`]
    }),
    pairPattern('words-killed', 'check', (c) => {
      const [a, b] = counts(c.rng, true)
      return [
        `At ${c.rng.pick(places)}, ${a} workers were killed when the roof gave way.`,
        `${capitalise(b)} workers were killed, the union said.`
      ]
    }),
    pairPattern('deaths-noun', 'check', (c) => {
      const [a, b] = counts(c.rng, false)
      return [
        `The outbreak has caused ${a} deaths in the province, health officials said.`,
        `Officials confirmed ${b} deaths in the province.`
      ]
    }),
    pairPattern('age-year-old', 'check', (c) => {
      const who = person(c.rng)
      const age = 20 + c.rng.int(50)
      return [
        `${who.full}, ${age}, was named captain of the national side.`,
        `The ${age + 2 + c.rng.int(6)}-year-old ${who.surname} has played in three tournaments.`
      ]
    }),
    pairPattern('wounded-count', 'check', (c) => {
      const [a, b] = counts(c.rng, false)
      return [`The attack wounded ${a} people near ${c.rng.pick(places)}.`, `${b} people were wounded, ${c.rng.pick(sources)}.`]
    }),
    pairPattern('missing-count', 'check', (c) => {
      const [a, b] = counts(c.rng, false)
      return [`${a} fishermen are missing after the storm, the coastguard said.`, `The coastguard said ${b} fishermen were missing.`]
    }),
    pairPattern('evacuated-count', 'check', (c) => {
      const a = 100 * (2 + c.rng.int(20))
      return [
        `About ${a * 2} homes lost power, and ${a} people were evacuated from the valley.`,
        `Officials said ${a + 100 * (1 + c.rng.int(5))} people were evacuated.`
      ]
    }),
    // Two named sources for one toll (a hedge such as `reportedly` would plant an unattributed claim too).
    pairPattern('killed-two-sources', 'check', (c) => {
      const [a, b] = counts(c.rng, false)
      return [`${a} soldiers were killed in the ambush, the provincial governor said.`, `The army said ${b} soldiers were killed.`]
    })
  ]
}

export default generator
