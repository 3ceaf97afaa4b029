/**
 * Lint only the latest version of each open draft. An editor sends a change
 * per keystroke; linting each version in turn left the last diagnostics
 * minutes behind the typing. Here one lint runs per draft at a time; changes
 * that arrive meanwhile only mark the draft, and when the lint ends the
 * newest text is linted once (stale results are dropped by the caller, who
 * publishes only for the current version). A short wait first lets a burst
 * of keystrokes settle into one lint.
 */
export class LatestOnly {
  private readonly running = new Set<string>()
  private readonly dirty = new Set<string>()

  constructor(
    private readonly lint: (key: string) => Promise<void>,
    private readonly onError: (key: string, error: unknown) => void,
    private readonly settleMs = 25
  ) {}

  schedule(key: string): void {
    if (this.running.has(key)) {
      this.dirty.add(key)
      return
    }
    this.running.add(key)
    void this.drain(key)
  }

  private async drain(key: string): Promise<void> {
    try {
      do {
        this.dirty.delete(key)
        await new Promise((resolve) => setTimeout(resolve, this.settleMs))
        try {
          await this.lint(key)
        } catch (error) {
          this.onError(key, error)
        }
      } while (this.dirty.has(key))
    } finally {
      this.running.delete(key)
    }
  }
}
