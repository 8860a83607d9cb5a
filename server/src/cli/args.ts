/** The parsed command line. */
export interface CliArgs {
  readonly command: 'analyze' | 'check' | 'kb-validate' | 'kb-show' | 'kb-list' | 'help' | 'version';
  readonly files: readonly string[];
  readonly format: 'text' | 'json' | 'markdown' | 'sarif';
  readonly date?: string;
  readonly rules: Readonly<Record<string, string>>;
  readonly kbFiles: readonly string[];
  readonly fix: boolean;
  readonly kind?: 'treaty' | 'actor' | 'place';
}

const FORMATS: Record<string, readonly string[]> = {
  analyze: ['text', 'json', 'markdown'],
  check: ['text', 'json', 'sarif'],
  'kb-list': ['text', 'json'],
  'kb-show': ['text', 'json'],
  'kb-validate': ['text', 'json'],
};

/** Reads argv (without node and the script); returns the arguments or a usage error message. */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return base('help');
  if (first === '--version' || first === '-v') return base('version');
  let command: CliArgs['command'];
  let tail = rest;
  if (first === 'analyze' || first === 'check') command = first;
  else if (first === 'kb' && ['validate', 'show', 'list'].includes(rest[0] ?? '')) {
    command = `kb-${rest[0]}` as CliArgs['command'];
    tail = rest.slice(1);
  } else return { error: `unknown command "${first}${first === 'kb' ? ` ${rest[0] ?? ''}` : ''}"` };

  const files: string[] = [];
  const kbFiles: string[] = [];
  const rules: Record<string, string> = {};
  let format = 'text';
  let date: string | undefined;
  let fix = false;
  let kind: CliArgs['kind'];
  for (let i = 0; i < tail.length; i++) {
    const arg = tail[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? tail[++i];
    if (flag === '--help' || flag === '-h') return base('help');
    else if (flag === '--format' || flag === '-f') format = value() ?? '';
    else if (flag === '--date') date = value();
    else if (flag === '--kb') kbFiles.push(value() ?? '');
    else if (flag === '--fix') fix = true;
    else if (flag === '--kind') kind = value() as CliArgs['kind'];
    else if (flag === '--rule') {
      const spec = value() ?? '';
      const [id, level] = spec.split('=');
      if (!id || !level) return { error: `--rule expects id=level, got "${spec}"` };
      rules[id] = level;
    } else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option "${arg}"` };
    else files.push(arg);
  }
  if (!FORMATS[command]!.includes(format)) return { error: `--format for ${command.replace('-', ' ')} is one of ${FORMATS[command]!.join(', ')}, not "${format}"` };
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return { error: `--date expects YYYY-MM-DD, got "${date}"` };
  if (kind !== undefined && !['treaty', 'actor', 'place'].includes(kind)) return { error: `--kind is one of treaty, actor, place` };
  if (fix && command !== 'check') return { error: '--fix goes with check' };
  if (kbFiles.some((f) => f === '')) return { error: '--kb expects a file' };
  const needsFiles = command === 'analyze' || command === 'check' || command === 'kb-validate' || command === 'kb-show';
  if (needsFiles && files.length === 0) return { error: command === 'kb-show' ? 'kb show expects an id or a name' : `${command.replace('-', ' ')} expects at least one file` };
  return { command, files, format: format as CliArgs['format'], ...(date ? { date } : {}), rules, kbFiles, fix, ...(kind ? { kind } : {}) };
}

function base(command: 'help' | 'version'): CliArgs {
  return { command, files: [], format: 'text', rules: {}, kbFiles: [], fix: false };
}

export const HELP = `policy-lens: read policy writing like an expert reviewer.

Usage:
  policy-lens analyze FILE… [--format text|json|markdown] [--date YYYY-MM-DD] [--kb FILE]… [--rule id=level]…
  policy-lens check FILE… [--format text|json|sarif] [--fix] [--date YYYY-MM-DD] [--kb FILE]… [--rule id=level]…
  policy-lens kb validate FILE… [--format text|json]
  policy-lens kb show ID|NAME [--date YYYY-MM-DD] [--kb FILE]… [--format text|json]
  policy-lens kb list [--kind treaty|actor|place] [--kb FILE]… [--format text|json]

FILE may be "-" for standard input. analyze prints entities, proposals and diagnostics; check
prints diagnostics and exits 1 when any has error severity; --fix applies the safe fixes in place.
Exit codes: 0 ok, 1 error-severity diagnostics (check), 2 usage or input error.
`;
