// Ranks a .cpuprofile's functions by self time: `npx tsx scripts/bench/rank-profile.ts file.cpuprofile [top]`.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, top = '30'] = process.argv.slice(2);
if (file === undefined) throw new Error('Usage: rank-profile.ts file.cpuprofile [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMs = new Map<string, number>();
let totalMs = 0;
profile.samples.forEach((id, index) => {
  const node = nodes.get(id);
  const ms = (profile.timeDeltas[index] ?? 0) / 1000;
  totalMs += ms;
  if (node === undefined) return;
  const { functionName, url, lineNumber } = node.callFrame;
  const name = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
  selfMs.set(name, (selfMs.get(name) ?? 0) + ms);
});
console.log(`total ${totalMs.toFixed(0)} ms`);
for (const [name, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${ms.toFixed(0).padStart(8)} ms ${((ms / totalMs) * 100).toFixed(1).padStart(5)}%  ${name}`);
}
