import type { Creator } from '@retorquere/bibtex-parser';
import { formatName, isOthers } from '../names';

/** "Given particle Family Suffix" for each person (`{Braced Institutions}` whole); "and others" (et al.) dropped. */
export function creatorNames(creators: readonly Creator[], clean: (text: string) => string): string[] {
  const names: string[] = [];
  for (const creator of creators) {
    const name = formatName({
      literal: cleanPart(creator.name, clean),
      given: cleanPart(creator.firstName, clean),
      particle: cleanPart(creator.prefix, clean),
      family: cleanPart(creator.lastName, clean),
      suffix: cleanPart(creator.suffix, clean),
    });
    if (name !== null && !isOthers(name)) names.push(name);
  }
  return names;
}

function cleanPart(part: string | undefined, clean: (text: string) => string): string | null {
  return part === undefined ? null : clean(part);
}
