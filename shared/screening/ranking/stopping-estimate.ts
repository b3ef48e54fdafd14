import { seededRandom } from './random';

export interface RemainingEstimate {
  /** Expected relevant records among the unscreened. */
  remaining: number;
  /** A 90 % interval for it, from the uncertainty of the fitted curve. */
  low: number;
  high: number;
}

/** Below these the curve is not worth fitting. */
const MIN_SCREENED = 20;
const MIN_EXCLUDED = 10;
const DRAWS = 200;
/** A weak ridge keeps the fit finite when every inclusion came before every exclusion. */
const RIDGE = 0.01;

/**
 * Estimates how many relevant records are still unseen. `outcomes` are the screening decisions in the order made (true
 * = included); `total` is the number of records. The inclusion rate is modelled as a logistic curve of the position in
 * the screening sequence, fitted by maximum likelihood; the estimate is the curve summed over the positions still to
 * screen. Returns null with too few decisions.
 */
export function estimateRemaining(outcomes: readonly boolean[], total: number): RemainingEstimate | null {
  const screened = outcomes.length;
  const included = outcomes.filter(Boolean).length;
  if (screened < MIN_SCREENED || included === 0 || screened - included < MIN_EXCLUDED || total <= screened) return null;
  const fit = fitLogisticCurve(outcomes, total);
  const remaining = expectedRemaining(fit.intercept, fit.slope, screened, total);
  // Draws from the fit's normal approximation give the interval.
  const random = seededRandom(screened * 7919 + included);
  const draws: number[] = [];
  for (let i = 0; i < DRAWS; i += 1) {
    const [z1, z2] = [gaussian(random), gaussian(random)];
    const intercept = fit.intercept + fit.chol[0] * z1;
    const slope = fit.slope + fit.chol[1] * z1 + fit.chol[2] * z2;
    draws.push(expectedRemaining(intercept, slope, screened, total));
  }
  draws.sort((a, b) => a - b);
  return { remaining, low: draws[Math.floor(0.05 * DRAWS)] ?? remaining, high: draws[Math.ceil(0.95 * DRAWS) - 1] ?? remaining };
}

interface CurveFit {
  intercept: number;
  slope: number;
  /** Lower-triangular Cholesky factor [l11, l21, l22] of the fit's covariance. */
  chol: [number, number, number];
}

const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

/** Position n (1-based) as a fraction of the records, the curve's one covariate. */
const positionOf = (n: number, total: number): number => n / total;

function expectedRemaining(intercept: number, slope: number, screened: number, total: number): number {
  let sum = 0;
  for (let n = screened + 1; n <= total; n += 1) sum += sigmoid(intercept + slope * positionOf(n, total));
  return sum;
}

/** Newton's method on the penalised log-likelihood of logit p(n) = intercept + slope · n / total. */
function fitLogisticCurve(outcomes: readonly boolean[], total: number): CurveFit {
  let intercept = 0;
  let slope = 0;
  let h11 = 1;
  let h12 = 0;
  let h22 = 1;
  for (let iteration = 0; iteration < 50; iteration += 1) {
    let g1 = -RIDGE * intercept;
    let g2 = -RIDGE * slope;
    h11 = RIDGE;
    h12 = 0;
    h22 = RIDGE;
    outcomes.forEach((included, i) => {
      const x = positionOf(i + 1, total);
      const p = sigmoid(intercept + slope * x);
      const residual = (included ? 1 : 0) - p;
      const weight = p * (1 - p);
      g1 += residual;
      g2 += residual * x;
      h11 += weight;
      h12 += weight * x;
      h22 += weight * x * x;
    });
    const determinant = h11 * h22 - h12 * h12;
    const step1 = (h22 * g1 - h12 * g2) / determinant;
    const step2 = (h11 * g2 - h12 * g1) / determinant;
    intercept += step1;
    slope += step2;
    if (Math.abs(step1) + Math.abs(step2) < 1e-9) break;
  }
  // Covariance = inverse Hessian; its Cholesky factor turns two standard normals into a draw.
  const determinant = h11 * h22 - h12 * h12;
  const c11 = h22 / determinant;
  const c12 = -h12 / determinant;
  const c22 = h11 / determinant;
  const l11 = Math.sqrt(c11);
  const l21 = c12 / l11;
  return { intercept, slope, chol: [l11, l21, Math.sqrt(Math.max(c22 - l21 * l21, 0))] };
}

/** A standard normal draw (Box–Muller). */
function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
