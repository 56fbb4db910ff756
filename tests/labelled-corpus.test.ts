import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles, precision, recall, scoreCorpus } from './helpers/labelled-corpus';

/**
 * Realistic code over every framework of the catalogue, labelled line by line with what
 * the rules must report (`// expect: magic, nonstandard`). Written from the specification,
 * not from the implementation; the targets are the ones the project is judged by.
 */
const GROUPS = [
  {
    name: 'literal rules',
    folders: ['servers', 'web'],
    minimumFiles: 30,
    targets: [
      { rule: 'http-status/no-magic-status-codes', precision: 0.98, recall: 0.95 },
      { rule: 'http-status/no-nonstandard-status-codes', precision: 0.98, recall: 0.95 },
    ],
  },
  {
    name: 'response-flow rules',
    folders: ['flow'],
    minimumFiles: 10,
    targets: [
      { rule: 'http-status/no-body-on-bodiless-status', precision: 0.9, recall: 0.85 },
      { rule: 'http-status/require-location-header', precision: 0.9, recall: 0.85 },
      { rule: 'http-status/no-server-error-for-client-errors', precision: 0.9, recall: 0.85 },
    ],
  },
  {
    name: 'held-out mix of all rules',
    folders: ['holdout'],
    minimumFiles: 10,
    targets: [
      { rule: 'http-status/no-magic-status-codes', precision: 0.98, recall: 0.95 },
      { rule: 'http-status/no-nonstandard-status-codes', precision: 0.98, recall: 0.95 },
      { rule: 'http-status/no-body-on-bodiless-status', precision: 0.9, recall: 0.85 },
      { rule: 'http-status/require-location-header', precision: 0.9, recall: 0.85 },
      { rule: 'http-status/no-server-error-for-client-errors', precision: 0.9, recall: 0.85 },
    ],
  },
];

describe.each(GROUPS)('the labelled corpus for the $name', ({ folders, minimumFiles, targets }) => {
  const files = folders.flatMap((folder) => corpusFiles(join(__dirname, 'fixtures/labelled', folder)));
  const result = scoreCorpus(
    files,
    targets.map((target) => target.rule),
  );

  it('parses every file', () => {
    expect(files.length).toBeGreaterThanOrEqual(minimumFiles);
    expect(result.fatal).toEqual([]);
  });

  it.each(targets)('$rule meets its precision and recall targets', (target) => {
    const score = result.scores.get(target.rule)!;
    const misses = result.differences
      .filter((difference) => difference.rule === target.rule)
      .map((difference) => `${difference.file}:${difference.line} expected ${difference.expected}, got ${difference.actual}: ${difference.text}`);
    expect(score.truePositives, 'labelled findings').toBeGreaterThan(10);
    expect(precision(score), misses.join('\n')).toBeGreaterThanOrEqual(target.precision);
    expect(recall(score), misses.join('\n')).toBeGreaterThanOrEqual(target.recall);
  });
});
