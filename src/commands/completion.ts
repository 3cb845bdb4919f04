// `mlsd completion bash|zsh|fish`: the script that makes the shell complete mlsd's
// commands, options and ids. Each script only asks `mlsd __complete` (./complete.ts),
// so what it offers always matches this version of mlsd.
import { writeLine, type CliContext } from './context.js';

export const shells = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof shells)[number];

const bash = `# mlsd completion for bash. Load it with: source <(mlsd completion bash)
# (add that line to ~/.bashrc to keep it).
_mlsd_complete() {
  local cur=\${COMP_WORDS[COMP_CWORD]}
  local IFS=$'\\n'
  local candidates
  candidates=$(mlsd __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null | cut -f1)
  if [ -z "$candidates" ]; then
    COMPREPLY=() # nothing offered: bash completes file names (-o default)
    return
  fi
  COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
}
complete -o default -F _mlsd_complete mlsd
`;

const zsh = `#compdef mlsd
# mlsd completion for zsh. Load it with: source <(mlsd completion zsh)
# (add that line to ~/.zshrc, after compinit, to keep it).
_mlsd() {
  local -a lines candidates
  local line
  lines=("\${(@f)$(mlsd __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  lines=(\${lines:#})
  if (( \${#lines} == 0 )); then
    _files
    return
  fi
  for line in $lines; do
    if [[ $line == *$'\\t'* ]]; then
      candidates+=("\${\${line%%$'\\t'*}//:/\\\\:}:\${line#*$'\\t'}")
    else
      candidates+=("\${line//:/\\\\:}")
    fi
  done
  _describe 'mlsd' candidates
}
compdef _mlsd mlsd
`;

const fish = `# mlsd completion for fish. Load it with: mlsd completion fish | source
# (or keep it: mlsd completion fish > ~/.config/fish/completions/mlsd.fish).
function __mlsd_complete
    set -l words (commandline -opc)
    set -e words[1]
    set -l out (mlsd __complete -- $words (commandline -ct) 2>/dev/null)
    if test (count $out) -eq 0
        __fish_complete_path (commandline -ct)
    else
        printf '%s\\n' $out
    end
end
complete -c mlsd -f -a '(__mlsd_complete)'
`;

export const completionScripts: Record<Shell, string> = { bash, zsh, fish };

export async function completion(shell: Shell, ctx: CliContext): Promise<void> {
  writeLine(ctx.stdout, completionScripts[shell].trimEnd());
}
