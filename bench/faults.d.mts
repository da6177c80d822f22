import type { Dataset } from "@tradecraft/core";

/** A finding the faulty dataset must raise. */
export interface ExpectedFinding {
  readonly kind: string;
  readonly rule: string;
  /** Absent for findings about the dataset's own records (an entity, a source). */
  readonly eventId?: string;
  /** Only a dataset input (with its entities and sources) can show it, not a stream of events. */
  readonly needsDataset: boolean;
}

export declare const FAULT_KINDS: readonly string[];

export declare const faultyTwins: (options?: { size?: number; seed?: number; now?: Date }) => {
  clean: Dataset;
  faulty: Dataset;
  expected: ExpectedFinding[];
  now: Date;
};
