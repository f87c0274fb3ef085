/** What the pool hands out; waiting invocations get either a free sandbox or a slot to start one in. */
type Handoff<S> = { readonly sandbox: S } | { readonly slot: true };

/** How a pool starts and stops its sandboxes, and how many it may have at once. */
export interface SandboxPoolOptions<S> {
  /** Most sandboxes alive or starting at once. */
  readonly limit: number;
  /** Starts a sandbox (its cold start); a rejection fails only the invocation that needed it. */
  readonly start: () => Promise<S>;
  readonly stop: (sandbox: S) => Promise<void>;
}

/**
 * The sandboxes of one function, as Lambda keeps them: each runs one invocation at a time; a free
 * one is reused (a warm start), a new one is started while all are busy, up to `limit`. Past the
 * limit an invocation waits, first come first served, for a sandbox to become free or to end
 * (where Lambda would throttle). A sandbox that ends (timeout, crash) is `discard`ed by its owner
 * and its slot goes to the next waiting invocation.
 */
export class SandboxPool<S> {
  private readonly members = new Set<S>();
  private readonly idle: S[] = [];
  private readonly waiting: Array<{ resolve: (handoff: Handoff<S>) => void; reject: (error: Error) => void }> = [];
  // Sandboxes alive or starting, plus slots handed to waiting invocations that are about to start one.
  private slots = 0;
  private closed = false;

  /** @throws RangeError when the limit is not a positive integer. */
  constructor(private readonly options: SandboxPoolOptions<S>) {
    if (!Number.isInteger(options.limit) || options.limit < 1) {
      throw new RangeError(`A sandbox pool's limit must be a positive integer, not ${options.limit}`);
    }
  }

  /** Sandboxes alive or starting. */
  get size(): number {
    return this.slots;
  }

  /**
   * Runs `work` in a sandbox of its own and gives the sandbox back when it is done.
   * @throws what starting a sandbox threw (the invocation that needed it fails, not the others),
   * or Error when the pool is closed.
   */
  async use<T>(work: (sandbox: S) => Promise<T>): Promise<T> {
    const sandbox = await this.acquire();
    try {
      return await work(sandbox);
    } finally {
      this.release(sandbox);
    }
  }

  /** Forgets a sandbox that ended (timed out, crashed, exited); its slot goes to the next waiting invocation. */
  discard(sandbox: S): void {
    if (!this.members.delete(sandbox)) return;
    const index = this.idle.indexOf(sandbox);
    if (index >= 0) this.idle.splice(index, 1);
    this.freeSlot();
  }

  /** Stops every sandbox; invocations still waiting for one fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(new Error('The function is stopping'));
    const members = [...this.members];
    this.members.clear();
    this.idle.length = 0;
    await Promise.all(members.map((sandbox) => this.options.stop(sandbox)));
  }

  private async acquire(): Promise<S> {
    if (this.closed) throw new Error('The function is stopping');
    const warm = this.idle.pop();
    if (warm !== undefined) return warm;
    if (this.slots < this.options.limit) {
      this.slots += 1;
      return this.startInSlot();
    }
    const handoff = await new Promise<Handoff<S>>((resolve, reject) => this.waiting.push({ resolve, reject }));
    return 'sandbox' in handoff ? handoff.sandbox : this.startInSlot();
  }

  private async startInSlot(): Promise<S> {
    let sandbox: S;
    try {
      sandbox = await this.options.start();
    } catch (error) {
      this.freeSlot();
      throw error;
    }
    if (this.closed) {
      await this.options.stop(sandbox);
      throw new Error('The function is stopping');
    }
    this.members.add(sandbox);
    return sandbox;
  }

  private release(sandbox: S): void {
    if (!this.members.has(sandbox)) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter.resolve({ sandbox });
    else this.idle.push(sandbox);
  }

  private freeSlot(): void {
    const waiter = this.waiting.shift();
    // The slot passes straight to the waiter, so no newcomer can take it in between.
    if (waiter) waiter.resolve({ slot: true });
    else this.slots -= 1;
  }
}
