/**
 * KaTeX commands whose names the portal's backslash stripping leaves in math as bare letters.
 * Curated: common macros only, and none that reads as an everyday short word in math
 * (`\it`, `\Re`, `\Im`, `\of`, `\over`, `\angle`, `\square`, `\begin`, `\end` are left out on purpose).
 * Every name here renders in KaTeX.
 */
const names = (list: string): string[] => list.split(/\s+/).filter(Boolean);

const GREEK = names(`
  alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi varpi
  rho varrho sigma varsigma tau upsilon phi varphi chi psi omega
  Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega`);

const RELATIONS = names(`
  le leq ge geq ne neq ll gg leqslant geqslant lesssim gtrsim prec preceq succ succeq sim simeq approx cong
  equiv propto in notin ni subset subseteq supset supseteq mid parallel perp models vdash`);

const ARROWS = names(`
  to gets mapsto rightarrow leftarrow leftrightarrow Rightarrow Leftarrow Leftrightarrow longrightarrow
  longmapsto implies iff uparrow downarrow hookrightarrow`);

const OPERATORS = names(`
  pm mp times div cdot circ ast star otimes oplus odot cup cap bigcup bigcap setminus wedge vee neg sum prod
  coprod int iint oint partial nabla forall exists nexists emptyset varnothing infty ell hbar prime top bot
  dagger`);

const FUNCTIONS = names(`
  log ln lg exp sin cos tan cot sec csc arcsin arccos arctan sinh cosh tanh min max sup inf lim limsup liminf
  arg argmin argmax det dim ker deg gcd Pr mod bmod pmod`);

const DELIMITERS_AND_DOTS = names(`
  langle rangle lceil rceil lfloor rfloor lvert rvert lVert rVert vert Vert ldots cdots vdots ddots dots
  quad qquad`);

/** Sizing commands, valid only before a delimiter. */
export const DELIMITER_SIZERS: ReadonlySet<string> = new Set(names('left right big Big bigg Bigg'));

/** Delimiter commands a sizer may take. */
export const DELIMITER_COMMANDS: readonly string[] = names(
  'langle rangle lceil rceil lfloor rfloor lvert rvert lVert rVert vert Vert',
);

/** Commands whose braced argument is prose, not math: nothing inside it is repaired. */
export const TEXT_ARGUMENT_COMMANDS: ReadonlySet<string> = new Set(
  names('text textrm textbf textit texttt textsf mathrm mathit mathtt operatorname emph'),
);

/** Commands that need an argument after them (a group, a letter, a digit or another command). */
export const ARGUMENT_COMMANDS: ReadonlySet<string> = new Set([
  ...names(`
    frac dfrac tfrac binom sqrt hat widehat tilde widetilde bar overline underline vec dot ddot overset
    underset stackrel overbrace underbrace mathbb mathcal mathbf mathsf mathfrak mathscr boldsymbol`),
  ...TEXT_ARGUMENT_COMMANDS,
]);

/**
 * Text-mode commands repaired outside math, only where a brace follows (`emph{x}`, `citet{x}`).
 * The renderer turns `\emph{}` and `\textit{}` into emphasis.
 */
export const PROSE_COMMANDS: readonly string[] = names(
  'emph textit textbf texttt textsc underline cite citet citep citealp citeauthor ref eqref url footnote',
);

export const MATH_COMMANDS: ReadonlySet<string> = new Set([
  ...GREEK,
  ...RELATIONS,
  ...ARROWS,
  ...OPERATORS,
  ...FUNCTIONS,
  ...DELIMITERS_AND_DOTS,
  ...DELIMITER_SIZERS,
  ...ARGUMENT_COMMANDS,
  'displaystyle',
]);

/** The longest command name, which bounds the segmentation search. */
export const LONGEST_MATH_COMMAND = Math.max(...[...MATH_COMMANDS].map((name) => name.length));
