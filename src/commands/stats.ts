import type { CliContext } from '../cli/context.js';
import { notAvailableYet } from './unavailable.js';

export async function stats(..._args: [...unknown[], CliContext]): Promise<void> {
  notAvailableYet('stats');
}
