/** Abstract texts for hand-built captures: long enough to be cut into portal-style snippets. */
export const GRADIENT_ABSTRACT =
  'We study gradient descent on overparameterized two-layer networks and show that, with a small ' +
  'initialization, the iterates stay close to a low-rank manifold for a long time. Our analysis ' +
  'explains why early stopping behaves like an implicit regulariser and predicts the time at which ' +
  'the network leaves the manifold. Experiments on synthetic and image data match the theory: the ' +
  'escape time scales with the logarithm of the initialization scale, and the learned features are ' +
  'sparse combinations of the input directions. We discuss consequences for transfer learning.';

export const SPECTRAL_ABSTRACT =
  'Spectral methods recover planted partitions in sparse random graphs, but they fail when the ' +
  'average degree is bounded because high-degree vertices dominate the spectrum. We propose a ' +
  'non-backtracking operator whose eigenvectors remain informative down to the detection threshold, ' +
  'prove that it succeeds whenever detection is information-theoretically possible, and give a ' +
  'linear-time algorithm based on power iteration. On real networks the method improves accuracy.';

export const KERNEL_ABSTRACT =
  'Kernel ridge regression in high dimensions exhibits a multiple-descent curve as the sample size ' +
  'grows polynomially with the dimension. We give a precise asymptotic characterisation of the test ' +
  'error in every polynomial regime, identify the peaks with the interpolation thresholds of each ' +
  'degree of the kernel expansion, and show that optimal regularisation removes all of them.';

/** The portal cuts related abstracts at 250 characters and trims the trailing space. */
export function portalSnippet(text: string): string {
  return text.slice(0, 250).trimEnd();
}
