/** Messages one file may have before copydesk stops checking it (see README, "Limits"). */
export const defaultMaxMessages = 1000
