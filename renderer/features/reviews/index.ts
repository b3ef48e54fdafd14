// The reviews feature's public entry: the only file of it that the app and other features import.
export { ReviewPage } from './ReviewPage';
export { ReviewsEntry } from './ReviewsEntry';
export { ReviewsView } from './ReviewsView';
export { useReviewCommands } from './use-review-commands';
