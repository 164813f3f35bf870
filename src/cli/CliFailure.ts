/** Exit codes: 0 fine, 1 the plan has errors (or a PDF failed), 2 usage or input problem, 3 a bug. */
export const EXIT = { ok: 0, planErrors: 1, usage: 2, internal: 3 } as const;

/** A problem to report in one line with this exit code (never a stack trace). */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = "CliFailure";
  }
}
