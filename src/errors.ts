/**
 * An error the user can fix: printed as one line, no stack, with its exit code.
 * Anything else reaching the top-level handler is a bug.
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** Several user-facing problems at once (e.g. every validation error in a file). */
export class UserErrors extends UserError {
  override name = 'UserErrors';
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}
