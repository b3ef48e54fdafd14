import type { TitleHit } from '../titles/title-index';

/** An abstract the Link to… dialog can offer (from the title index). */
export type LinkCandidate = TitleHit;
