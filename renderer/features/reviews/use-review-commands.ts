import { useMemo } from 'react';
import { useCommands } from '../../ui/command-registry';

/** "New review" and "Show reviews" in the command palette. */
export function useReviewCommands(showReviews: () => void, newReview: () => void): void {
  useCommands(
    useMemo(
      () => [
        { id: 'reviews.show', title: 'Show reviews', keywords: 'systematic review screening prisma', run: showReviews },
        { id: 'reviews.new', title: 'New review', keywords: 'create systematic review screening criteria', run: newReview },
      ],
      [showReviews, newReview],
    ),
  );
}
