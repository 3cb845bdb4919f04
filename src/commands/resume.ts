import type { CliContext } from '../cli/context.js';
import { notAvailableYet } from './unavailable.js';

export async function resume(..._args: [...unknown[], CliContext]): Promise<void> {
  notAvailableYet('resume');
}
