// The command surface as plain data, for shell completion (commands/complete.ts):
// read from the commander program itself, so completion offers exactly what parses.
import type { Command, Option } from '@commander-js/extra-typings';
import type { OptionSpec, Surface } from '../commands/complete.js';

const optionSpec = (o: Option): OptionSpec => ({
  flags: [o.short, o.long].filter((f): f is string => Boolean(f)),
  description: o.description,
  value: o.required || o.optional ? /<([^>]+)>|\[([^\]]+)\]/.exec(o.flags)?.slice(1).find(Boolean)?.replace(/\.\.\.$/, '') ?? 'value' : null,
  ...(o.argChoices ? { choices: o.argChoices } : {}),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- commands of any argument types
export function surfaceOf(program: Command<any, any, any>): Surface {
  const help = program.createHelp();
  return {
    options: help.visibleOptions(program as never).map(optionSpec),
    commands: help.visibleCommands(program as never).filter((c) => c.name() !== 'help').map((c) => ({
      name: c.name(),
      description: c.description(),
      options: help.visibleOptions(c).map(optionSpec),
      args: c.registeredArguments.map((a) => ({ name: a.name(), variadic: a.variadic, ...(a.argChoices ? { choices: a.argChoices } : {}) })),
    })),
  };
}
