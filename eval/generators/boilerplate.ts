/** Scraped web residue: a line of its own between paragraphs or at the end of the article. */
import {fill, type Generator, type Half, type Pattern, type PlantContext} from '../generator.js'
import {outlets, person} from '../parts.js'

function line(id: string, half: Half, where: 'anywhere' | 'end', build: (context: PlantContext) => string): Pattern {
  return {
    id,
    half,
    plant(context) {
      const text = build(context)
      const units = context.insertParagraph([text], where)
      return units && {units, text}
    }
  }
}

const networks = ['Facebook', 'Twitter', 'Instagram', 'WhatsApp', 'LinkedIn', 'Email', 'X']
const strung = (context: PlantContext, count: number) => {
  const picked = new Set<string>()
  while (picked.size < count) picked.add(context.rng.pick(networks))
  return [...picked]
}
const outlet = (context: PlantContext) => context.rng.pick(outlets).replace(/^the /, 'The ')

const generator: Generator = {
  rule: 'boilerplate',
  order: 2,
  patterns: [
    line('share-networks', 'tuning', 'end', (c) =>
      fill(c.rng, '{share} {list}', {share: ['Share this article', 'Share:', 'Share on'], list: () => strung(c, 3).join(' ')})
    ),
    line('subscribe-newsletter', 'tuning', 'anywhere', (c) =>
      fill(c.rng, '{verb} to our {kind} newsletter{tail}', {
        verb: ['Subscribe', 'Sign up'],
        kind: ['daily', 'weekly', 'free', 'morning'],
        tail: ['', ' for the latest news', '.']
      })
    ),
    line('advertisement', 'tuning', 'anywhere', (c) =>
      c.rng.pick(['Advertisement', 'ADVERTISEMENT', 'Advertisement - scroll to continue', 'Sponsored content'])
    ),
    line('read-more', 'tuning', 'anywhere', (c) =>
      fill(c.rng, '{lead} {headline}', {
        lead: ['Read more:', 'READ MORE:', 'Related:'],
        headline: ['Council approves new budget', 'Storm leaves thousands without power', 'Five things to know about the vote']
      })
    ),
    line('copyright', 'tuning', 'end', (c) => `\u00a9 ${2020 + c.rng.int(7)} ${outlet(c)}. All rights reserved.`),
    line(
      'photo-credit',
      'tuning',
      'anywhere',
      (c) =>
        `${c.rng.pick(['Photo:', 'Image:', 'Photograph:'])} ${person(c.rng).full}/${c.rng.pick(['Reuters', 'AFP', 'Getty Images', 'AP'])}`
    ),
    line('updated-ago', 'tuning', 'anywhere', (c) => `Updated ${1 + c.rng.int(50)} ${c.rng.pick(['min', 'minutes', 'hours'])} ago`),
    line('originally-appeared', 'check', 'end', (c) => `This article originally appeared in ${c.rng.pick(outlets)}.`),
    line('version-first-ran', 'check', 'end', (c) => `A version of this story first ran in ${c.rng.pick(outlets)}.`),
    line('follow-us', 'check', 'end', (c) => {
      const [a, b, d] = strung(c, 3)
      return `Follow us on ${a}, ${b} and ${d}`
    }),
    line('bare-networks', 'check', 'anywhere', (c) => strung(c, 4).join(' ')),
    line('recommended', 'check', 'anywhere', (c) =>
      c.rng.pick(['Recommended for you', 'More from this section', 'Most read', 'You may also like'])
    ),
    line('cookies', 'check', 'end', (c) =>
      c.rng.pick(['We use cookies to improve your experience.', 'This site uses cookies. Accept all cookies', 'Manage cookie preferences'])
    ),
    line('comments', 'check', 'end', (c) =>
      c.rng.pick([`Comments (${c.rng.int(90) + 2})`, 'Leave a comment', 'View comments', 'Join the conversation'])
    ),
    line('credit-caption', 'check', 'anywhere', (c) => `(${c.rng.pick(['Photo by', 'Image credit:', 'Picture:'])} ${person(c.rng).full})`)
  ]
}

export default generator
