import type { CliContext } from '../cli/context.js';
import { notAvailableYet } from './unavailable.js';

export async function drill(..._args: [...unknown[], CliContext]): Promise<void> {
  notAvailableYet('drill');
}
