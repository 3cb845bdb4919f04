// Which commands run from which one-file program (dist/<program>.cjs, run through V8's code cache):
// read by the entry point to send a command there, and by the build to put only those commands'
// handlers in each program. One table, so the two cannot disagree.
export const oneFilePrograms = {
  'run-session': ['drill', 'practice', 'resume'],
  'run-progress': ['history', 'stats', 'next'],
  'run-content': ['validate', 'check', 'list', 'show'],
} as const;

export type OneFileProgram = keyof typeof oneFilePrograms;

/** The one-file program that runs `command`, if one does. */
export function programFor(command: string | undefined): OneFileProgram | undefined {
  for (const [program, commands] of Object.entries(oneFilePrograms) as [OneFileProgram, readonly string[]][]) {
    if (command !== undefined && commands.includes(command)) return program;
  }
  return undefined;
}
