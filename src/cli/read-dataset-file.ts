import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../lib/domain/dataset';
import { errorMessage } from '../lib/domain/error-message';
import { UsageError } from './command';

/**
 * Reads a Dataset JSON file (`--dataset FILE`, e.g. from `sasaeai demo-city --out`).
 * @throws UsageError naming the file when it cannot be read or parsed, or lacks the
 *   site, areas or resources of a Dataset
 */
export function readDatasetFile(path: string): Dataset {
  let dataset: Dataset;
  try {
    dataset = JSON.parse(readFileSync(resolve(path), 'utf8')) as Dataset;
  } catch (err) {
    throw new UsageError(`cannot read the dataset ${path}: ${errorMessage(err)}`);
  }
  if (
    !dataset ||
    !Array.isArray(dataset.resources) ||
    !Array.isArray(dataset.areas) ||
    !dataset.site
  ) {
    throw new UsageError(`${path} is not a Dataset JSON file (expected site, areas, resources)`);
  }
  return dataset;
}
