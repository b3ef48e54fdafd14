// Types for the parts of citeproc-js (the package ships none) that shared/citations uses.

declare module 'citeproc' {
  /** What the engine asks its host for: the locale XML by language tag, and an item by id. */
  export interface CiteprocSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): Record<string, unknown>;
  }

  export interface BibliographyParams {
    bibstart: string;
    bibend: string;
    entry_ids: string[][];
  }

  export class Engine {
    /** `forceLang` true: always use `lang`, whatever the style's default-locale asks for. */
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'text' | 'html'): void;
    /** Makes these ids the engine's registry (and their order the citation order). */
    updateItems(ids: readonly string[]): void;
    makeBibliography(): [BibliographyParams, string[]] | false;
    makeCitationCluster(items: readonly { id: string }[]): string;
  }

  const CSL: { Engine: typeof Engine };
  export default CSL;
}
