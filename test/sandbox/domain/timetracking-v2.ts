/**
 * Time tracking v2 (openapi-v2.json). v2 reads and writes the same stored entries and timers as
 * v1 (see `timeentries-model.ts`): only the representation differs (`startDate`/`endDate`
 * instants and `isDateOnly` instead of v1's split date/time fields).
 */
import type { HandlerTable } from '../types';
import { timeEntryEndpoints } from './timeentries-endpoints';
import { timerHandlers } from './timetracking';

export const timeTrackingV2Handlers: HandlerTable = { ...timeEntryEndpoints('v2'), ...timerHandlers('v2') };
