/**
 * Runs under way, by key, for identical requests that arrive meanwhile: they
 * wait for the first one's answer rather than run it again, so that a burst of
 * identical requests on a cold key costs one execution.
 */
export class InFlight<T> {
  readonly #running = new Map<string, Promise<T | undefined>>();

  /** The answer of the run under way for `key`, if there is one; undefined from it means no answer to share. */
  answerOf(key: string): Promise<T | undefined> | undefined {
    return this.#running.get(key);
  }

  /** Marks a run of `key` as under way; the function returned ends it, handing its answer (or undefined) to those waiting. Calls after the first do nothing. */
  lead(key: string): (answer: T | undefined) => void {
    let resolve: (answer: T | undefined) => void = () => undefined;
    const answer = new Promise<T | undefined>((done) => (resolve = done));
    this.#running.set(key, answer);
    return (value) => {
      if (this.#running.get(key) === answer) this.#running.delete(key);
      resolve(value);
    };
  }
}
