import type { CliContext } from '../cli/context.js';
import { notAvailableYet } from './unavailable.js';

export async function check(..._args: [...unknown[], CliContext]): Promise<void> {
  notAvailableYet('check');
}
