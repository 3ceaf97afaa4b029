/**
 * The draft the playground starts with: invented news copy with a few
 * typical defects (a word typed twice, a pleonasm, scraped web-page residue).
 */
export const sampleDraft = `Council backs second ferry for the outer islands

The the harbour council in Eastport voted on Tuesday to fund a second ferry between the town and the outer islands, ending a dispute that had delayed the plan for two years.

Councillor Mira Okafor, who won an election victory last spring on a promise to cut crossing times, said the new vessel would enter service next summer.

Islanders have complained for years that the single ferry is often full by early morning, and commuters told the council that they had missed work when it broke down in March.

Source: Eastport Harbour Bulletin
Leave a Reply
`
