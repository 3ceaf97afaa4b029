import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {attributionsOf} from '../src/analysis/attributions.js'
import {quoteSpeakersOf} from '../src/analysis/attribution/index.js'
import {lint} from '../src/index.js'

async function analyse(text: string, extraVerbs: string[] = []) {
  const file = await lint(new VFile({path: 'draft.txt', value: text}))
  const document = file.data.copydeskDocument!
  return {file, attributions: attributionsOf(document, extraVerbs), text}
}

function credits(result: Awaited<ReturnType<typeof analyse>>) {
  return result.attributions.frames.map((frame) => ({
    credit: result.text.slice(frame.start, frame.end),
    speaker: frame.speaker?.text,
    trailing: frame.trailing,
    antecedent: frame.antecedent?.speaker?.text
  }))
}

describe('attributions layer', () => {
  it('reads the speaker before and after the verb', async () => {
    const result = await analyse('“We are ready,” said Marta Kowalski. The council chair, Ana Ruiz, told reporters the vote was close.')
    expect(credits(result)).toEqual([
      {credit: 'said Marta Kowalski', speaker: 'Marta Kowalski', trailing: true, antecedent: undefined},
      {credit: 'Ana Ruiz, told', speaker: 'Ana Ruiz', trailing: false, antecedent: undefined}
    ])
  })

  it('joins the sentences of a quotation into one unit with its credit', async () => {
    const result = await analyse('"The tests passed. The launch is on," the agency said.')
    expect(result.attributions.units).toHaveLength(1)
    expect(result.attributions.frames[0].trailing).toBe(true)
  })

  it('resolves a pronoun to the nearest earlier fitting speaker', async () => {
    const result = await analyse('The Danish ministry said exports rose. Prices would fall, it added.')
    expect(credits(result).map((credit) => credit.antecedent)).toEqual([undefined, 'The Danish ministry'])
  })

  it('does not take a passive or a noun for a credit', async () => {
    const result = await analyse('The ship was said to be sinking. The report was long. A statement is due.')
    expect(result.attributions.frames).toEqual([])
  })

  it('reads a document subject with read and state only', async () => {
    const result = await analyse('The sign read, "Closed." The children read books all day.')
    expect(credits(result).map((credit) => credit.credit)).toEqual(['The sign read'])
  })

  it('takes extra reporting verbs from configuration', async () => {
    const result = await analyse('"Ready," Okafor chirped.', ['chirp:chirped'])
    expect(credits(result).map((credit) => credit.speaker)).toEqual(['Okafor'])
  })

  it('takes a credit ending in a colon for a credit, not a speaker label', async () => {
    const result = await analyse(
      'Intro line here.\n\nMayor Lucía Pérez said: "We open in May."\n\nCouncillor Tomás Vidal said: "We open in June."\n'
    )
    expect([...result.attributions.transcript]).toEqual([])
  })

  it('marks an interview transcript after two speaker labels', async () => {
    const result = await analyse('Intro line here.\n\n((Q)) Why?\n\n((Ana Ruiz)) Because.\n\nMore answer.\n')
    expect([...result.attributions.transcript]).toEqual([1, 2, 3])
  })
})

describe('attribution rules, message details', () => {
  it('reports the pronoun credit with no speaker at info severity', async () => {
    const {file} = await analyse('The trade notice came out on Friday.\nImporters must register before May, it continued.\n')
    const messages = file.messages.filter((message) => message.ruleId === 'unattributed-quote')
    expect(messages.map((message) => [message.line, message.column, message.fatal ?? null])).toEqual([[2, 37, null]])
  })

  it('offers the removal of the second credit', async () => {
    const {file} = await analyse('The letter read, "We resign," the letter read.\n')
    const [message] = file.messages.filter((item) => item.ruleId === 'duplicate-attribution')
    expect([message.actual, message.expected, message.line, message.column]).toEqual(['the letter read', [''], 1, 31])
  })

  it('takes extra hedges and a severity for described sources', async () => {
    const config = {
      rules: {'unattributed-claim': ['warn', {extraHedges: ['word on the street is'], describedSeverity: 'warn'}]}
    }
    const file = await lint(
      new VFile({
        path: 'draft.txt',
        value: 'Word on the street is that the mill will close.\nThe mill will close, said people familiar with the plan.\n'
      }),
      {config}
    )
    const messages = file.messages.filter((message) => message.ruleId === 'unattributed-claim')
    expect(messages.map((message) => [message.line, message.column, message.fatal])).toEqual([
      [1, 1, false],
      [2, 27, false]
    ])
  })

  it('rejects an unknown option with a one-line error', async () => {
    const config = {rules: {'duplicate-attribution': ['warn', {extraVerb: ['x']}]}}
    await expect(lint(new VFile({path: 'a.txt', value: 'Text.'}), {config})).rejects.toThrow(
      /duplicate-attribution: unknown option "extraVerb"/
    )
  })
})

describe('pronoun-credit advisory, corpus look-alikes', () => {
  const drafts = [
    'The divers mapped caves that, they noted, flooded at the same time every spring.\n',
    'On Monday, two Sámi associations filed a lawsuit against the state, saying it would destroy reindeer pastures.\n',
    'Honestly, the results surprised everyone in the lab, I would say.\n',
    'Finance minister Rogelio Ramírez spoke on Monday. Markets would calm once the budget passed, he added.\n'
  ]
  for (const draft of drafts) {
    it(`stays silent on: ${draft.trim().slice(0, 50)}…`, async () => {
      const {file} = await analyse(draft)
      expect(file.messages.filter((message) => message.ruleId === 'unattributed-quote')).toEqual([])
    })
  }
})

describe('described sources', () => {
  it('reports them at info by default, and not when a named outlet vouches for them', async () => {
    const {file} = await analyse(
      'The cabinet will delay the pension law, according to two officials familiar with the talks.\n' +
        'The cabinet will delay the tax law, according to Reuters, which cited two officials familiar with the talks.\n'
    )
    const messages = file.messages.filter((message) => message.ruleId === 'unattributed-claim')
    expect(messages.map((message) => [message.line, message.column, message.fatal ?? null])).toEqual([[1, 58, null]])
  })
})

describe('pronoun-credit advisory, wire style', () => {
  it('accepts `he said` after a paragraph naming him, and reports `she added` with nobody to point to', async () => {
    const {file} = await analyse(
      'Finance minister Rogelio Ramírez spoke in Mexico City on Monday.\n\nMarkets would calm once the budget passed, he said.\n\nThe peso fell two percent.\n\nInvestors should stay calm, she added.\n'
    )
    const messages = file.messages.filter((message) => message.ruleId === 'unattributed-quote')
    expect(messages.map((message) => [message.line, message.column, message.fatal ?? null])).toEqual([[7, 29, null]])
  })
})

describe('the sentence before a quotation as its speaker', () => {
  async function speakers(text: string) {
    const file = await lint(new VFile({path: 'draft.txt', value: text}))
    return quoteSpeakersOf(file.data.copydeskDocument!).map((found) => [found.source, found.speaker])
  }

  it('takes a named person, an organisation, a title or a description', async () => {
    expect(await speakers('Harbourmaster Ines Duarte walked the pier. "The timbers are rotten right through."')).toEqual([
      ['previous-subject', 'Harbourmaster Ines Duarte']
    ])
    expect(await speakers('Okafor shook his head. "Nobody told us about any of this."')).toEqual([['previous-subject', 'Okafor']])
    expect(await speakers('The Transit Authority closed the line. "It will reopen when it is safe."')).toEqual([
      ['previous-subject', 'The Transit Authority']
    ])
    expect(await speakers('The inspector walked the site twice. "It should never have opened."')).toEqual([
      ['previous-subject', 'The inspector']
    ])
  })

  it('takes a surname the story uses alone', async () => {
    const text = 'Mark Rose left early. "We have done what we came to do." Later Rose left the hall.'
    expect(await speakers(text)).toEqual([['previous-subject', 'Mark Rose']])
  })

  it('does not take two capitalised words that name nobody', async () => {
    expect(await speakers('New York was quiet on Sunday. "Nobody came out to see the parade at all."')).toEqual([[undefined, undefined]])
    expect(await speakers('Super Tuesday came and went. "It was the longest night of the whole campaign."')).toEqual([
      [undefined, undefined]
    ])
    expect(await speakers('Heavy Rain fell all night. "The river rose faster than anyone had expected."')).toEqual([[undefined, undefined]])
  })
})
