/** Types of bench/lib/baseline.mjs, for bench/tsserver.ts. */
export declare const BASELINE_ROOT: string;

export interface Baseline {
  /** The git ref as given. */
  readonly ref: string;
  readonly sha: string;
  readonly short: string;
  /** The commit's subject line. */
  readonly subject: string;
  /** bench/.baseline/<sha>/: the commit's tree, built, with a node_modules symlink. */
  readonly dir: string;
  readonly distDir: string;
  /** Its package-lock.json differs from the repository's (it runs with the current node_modules). */
  readonly dependenciesDiffer: boolean;
  /** An earlier build was reused. */
  readonly reused: boolean;
}

export declare function prepareBaseline(ref: string, options?: { log?: (message: string) => void }): Baseline;
