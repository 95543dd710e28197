import { datasetQueryOptions } from '../domain/dataset/queries';
import { indexDataset } from '../domain/events/eventIndex';

/** The app's dataset query: the dataset, and its events indexed while the worker validates it. */
export const indexedDatasetQuery = (url: string) => datasetQueryOptions(url, indexDataset);
