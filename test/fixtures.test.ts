import {describe, expect, it} from 'vitest'
import {listFixtures, lintFixture} from './helpers/fixtures.js'

const fixtures = listFixtures()

describe('fixtures', () => {
  it('has flagged and accepted drafts for every rule folder', () => {
    const byRule = new Map<string, {flagged: number; accepted: number}>()
    for (const fixture of fixtures) {
      const counts = byRule.get(fixture.rule) ?? {flagged: 0, accepted: 0}
      if (fixture.expected.length > 0) counts.flagged++
      else counts.accepted++
      byRule.set(fixture.rule, counts)
    }
    for (const [rule, counts] of byRule) {
      expect({rule, flagged: counts.flagged > 0, accepted: counts.accepted > 0}).toEqual({rule, flagged: true, accepted: true})
    }
  })

  for (const fixture of fixtures) {
    it(`${fixture.rule}/${fixture.name}`, async () => {
      const seen = await lintFixture(fixture.file, fixture.rule)
      const comparable = seen.map((message, index) => {
        const wanted = fixture.expected[index]
        const base = {
          rule: message.rule,
          messageId: message.messageId,
          line: message.line,
          column: message.column,
          endLine: message.endLine,
          endColumn: message.endColumn
        }
        return wanted && wanted.expected ? {...base, expected: message.expected} : base
      })
      expect(
        comparable,
        seen
          .map(
            (message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.messageId} ${message.reason}`
          )
          .join('\n')
      ).toEqual(fixture.expected)
    })
  }
})
