import { UserError } from '../errors.js';

/** For a command of the contract whose implementation has not landed yet: say so, exit 1, no fake output. */
export function notAvailableYet(command: string): never {
  throw new UserError(`"mlsd ${command}" is not available yet in this version`);
}
