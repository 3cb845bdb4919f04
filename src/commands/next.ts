import type { CliContext } from '../cli/context.js';
import { notAvailableYet } from './unavailable.js';

export async function next(..._args: [...unknown[], CliContext]): Promise<void> {
  notAvailableYet('next');
}
