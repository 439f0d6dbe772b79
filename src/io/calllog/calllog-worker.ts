/** Worker thread entry: reads one part of a call log with the byte scanner and posts its counts back. */
import { parentPort, workerData } from 'node:worker_threads';
import { readPart, type PartJob } from './parts.js';

parentPort!.postMessage(readPart(workerData as PartJob));
