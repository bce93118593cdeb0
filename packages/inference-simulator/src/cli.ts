import { startSimulator } from './server';

const USAGE = `Usage: inference-simulator [--model ID] [--host HOST] [--port PORT]

A CPU-only, OpenAI-compatible server shaped like vLLM.
Flags override the environment: SIM_MODEL, SIM_HOST, SIM_PORT.`;

export type CliOptions = { model: string; host: string; port: number };

/** Parses flags over environment defaults; throws a message meant for the user. */
export function parseArgs(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): CliOptions {
  const options: CliOptions = {
    model: env.SIM_MODEL ?? 'meta-llama/Llama-3.1-8B-Instruct',
    host: env.SIM_HOST ?? '0.0.0.0',
    port: Number(env.SIM_PORT ?? 8000),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      throw new Error(USAGE);
    }
    if (!['--model', '--host', '--port'].includes(flag)) {
      throw new Error(`Unknown flag ${flag}\n\n${USAGE}`);
    }
    if (value === undefined || value.startsWith('--')) {
      throw new Error(`${flag} needs a value\n\n${USAGE}`);
    }
    i++;
    if (flag === '--model') options.model = value;
    if (flag === '--host') options.host = value;
    if (flag === '--port') options.port = Number(value);
  }
  if (
    !Number.isInteger(options.port) ||
    options.port < 0 ||
    options.port > 65535
  ) {
    throw new Error(
      `--port must be a whole number from 0 to 65535\n\n${USAGE}`,
    );
  }
  return options;
}

export async function main(argv: string[]): Promise<void> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const sim = await startSimulator(options);
  process.stdout.write(
    `inference-simulator serving ${options.model} at ${sim.url}\n`,
  );
  const stop = () => sim.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
