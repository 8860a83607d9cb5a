/**
 * When each open document's latest edit reached the server, so that the answer to the diagnostics
 * pull after it can say how long the server took: its own work for a keystroke, without the time
 * the two processes and the pipe between them take to wake up, which a client's clock includes.
 * The server reports it through the LSP trace (`$/logTrace`), which a client turns on.
 */
export class EditTimings {
  // two maps of numbers rather than an object per keystroke
  private readonly versions = new Map<string, number>();
  private readonly arrivals = new Map<string, number>();

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** The edit that makes `version` of `uri` is being applied now. */
  arrived(uri: string, version: number): void {
    this.versions.set(uri, version);
    this.arrivals.set(uri, this.clock());
  }

  /**
   * Milliseconds since the edit that made `version` of `uri` arrived; undefined when that edit was
   * timed already (once per edit: a second pull of the same version did no work for it) or when a
   * later edit has arrived since.
   */
  takeSince(uri: string, version: number): number | undefined {
    if (this.versions.get(uri) !== version) return undefined;
    this.versions.delete(uri);
    return this.clock() - this.arrivals.get(uri)!;
  }

  forget(uri: string): void {
    this.versions.delete(uri);
    this.arrivals.delete(uri);
  }
}
