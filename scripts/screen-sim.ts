// `npm run --silent screen-sim -- FILE.csv [--seed N] [--model lectern|asreview|fastread|weighted-svm|elas-u4]`: simulates
// prioritised screening of an ASReview benchmark dataset and prints one JSON object of the result.
import { readFileSync } from 'node:fs';
import { parseBenchmarkCsv, screeningText } from '../shared/screening/benchmark-csv';
import { screeningMetrics } from '../shared/screening/metrics';
import { modelNamed, RANKING_MODELS } from '../shared/screening/ranking/models';
import { simulateScreening } from '../shared/screening/ranking/simulate';

function fail(message: string): never {
  process.stderr.write(`screen-sim: ${message}\n`);
  process.exit(1);
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined) fail(`${name} needs a value`);
  return value;
}

function main(args: string[]): void {
  const file = args.find((arg, i) => !arg.startsWith('--') && (i === 0 || !(args[i - 1] ?? '').startsWith('--')));
  if (file === undefined) fail('usage: screen-sim FILE.csv [--seed N] [--model lectern|asreview|fastread|weighted-svm|elas-u4]');
  const seed = Number(option(args, '--seed') ?? '0');
  if (!Number.isInteger(seed)) fail('--seed must be an integer');
  const modelName = option(args, '--model') ?? 'lectern';
  const model = modelNamed(modelName);
  if (model === undefined) fail(`unknown model ${modelName} (lectern, ${RANKING_MODELS.map((m) => m.name).join(', ')})`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read ${file}`);
  }
  const parsed = parseBenchmarkCsv(text);
  if (!parsed.ok) fail(`${file}: ${parsed.error}`);
  const { records } = parsed;
  const labels = records.map((record) => (record.included ? 1 : 0));
  const included = labels.filter((label) => label === 1).length;
  if (included === 0 || included === records.length) fail(`${file}: needs both included and excluded records`);
  const found = simulateScreening(model, {
    texts: records.map((record) => screeningText(record.title, record.abstract)),
    labels,
    seed,
  });
  const metrics = screeningMetrics(found, records.length);
  process.stdout.write(
    `${JSON.stringify({ records: records.length, included, ...metrics, screened_at_each_inclusion: found })}\n`,
  );
}

main(process.argv.slice(2));
