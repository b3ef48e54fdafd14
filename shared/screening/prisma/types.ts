import type { Criterion, DecisionRow } from '../types';

/** Where one record of the review was found: a capture (an imported file or saved page) and the record's place in it. */
export interface PrismaSourceRef {
  captureHash: string;
  start: number;
}

/** A record of the review with the places it was found; a record merged from several is found in each of them. */
export interface PrismaRecord {
  abstractId: number;
  sources: readonly PrismaSourceRef[];
}

/** Everything the PRISMA counts are computed from: one review's criteria, records, the captures they name, and its decisions at both stages. */
export interface PrismaInput {
  criteria: readonly Criterion[];
  records: readonly PrismaRecord[];
  captures: readonly { hash: string; fileName: string }[];
  decisions: readonly DecisionRow[];
}

export interface SourceCount {
  /** The capture hash; '?' for the files no longer stored (one line for all), '' for records found in no file. */
  key: string;
  name: string;
  count: number;
}

export interface ReasonCount {
  /** The criterion code, or null for exclusions made without a reason. */
  code: string | null;
  label: string;
  count: number;
}

/** One stage's boxes: decided (include or exclude) records, the exclusions by reason, and those still waiting. */
export interface StageCounts {
  /** Records or reports this stage starts from. */
  total: number;
  /** Decided include or exclude; 'maybe' is not a decision PRISMA can report. */
  decided: number;
  excluded: number;
  reasons: readonly ReasonCount[];
  /** Marked maybe: still waiting for a final decision. */
  maybe: number;
  /** Never decided at this stage. */
  undecided: number;
}

/** The PRISMA 2020 flow for a new systematic review that searched databases and registers only. */
export interface PrismaCounts {
  identified: { sources: readonly SourceCount[]; total: number };
  duplicatesRemoved: number;
  screening: StageCounts;
  sought: number;
  notRetrieved: number;
  eligibility: StageCounts;
  included: number;
}
