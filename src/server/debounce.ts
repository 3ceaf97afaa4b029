/** One pending run per key: a new request replaces the one waiting (typing re-lints once, after a pause). */
export class Debouncer {
  private readonly timers = new Map<string, NodeJS.Timeout>()

  schedule(key: string, delay: number, run: () => void): void {
    this.cancel(key)
    if (delay <= 0) {
      run()
      return
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key)
        run()
      }, delay)
    )
  }

  cancel(key: string): void {
    const timer = this.timers.get(key)
    if (timer) clearTimeout(timer)
    this.timers.delete(key)
  }
}
