/** The time tracking resource (the timer): its operations in the order the editor lists them. */
import { operationSelector } from '../../shared/descriptions/operation';
import { getLast } from './getLast';
import { getRunning } from './getRunning';
import { pause } from './pause';
import { resume } from './resume';
import { start } from './start';
import { stop } from './stop';

export const timeTrackingProperties = operationSelector('timeTracking', [getLast, getRunning, pause, resume, start, stop], 'start');
