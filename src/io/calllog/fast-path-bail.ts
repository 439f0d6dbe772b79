/** The byte scanner met a line it cannot follow: the general CSV reader reads on from that line. */
export class FastPathBail extends Error {
  /** Where the line it could not read starts: an offset in the scanned buffer, made absolute by the caller. */
  offset: number;

  constructor(readonly line: number, offset: number, readonly reason: string) {
    super(`fast path gave up at line ${line}: ${reason}`);
    this.offset = offset;
  }
}
