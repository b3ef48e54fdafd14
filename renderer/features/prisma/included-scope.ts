import { slugify } from '../../../shared/text/slug';
import type { ScopeChoice } from '../../db/export/scope';

/** The Export dialog's one scope here: the review's included studies, a fixed set of ids (not kept updated). */
export function includedScopeChoice(reviewName: string, includedIds: readonly number[]): ScopeChoice {
  return {
    key: 'included',
    label: `Included studies (${includedIds.length})`,
    scope: { kind: 'view', ids: includedIds, title: `Included studies: ${reviewName}`, live: null },
    slug: `included-${slugify(reviewName, 40) || 'review'}`,
  };
}
