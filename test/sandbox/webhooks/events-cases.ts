/** Every documented webhook event type with the case that causes it (one module per area), in the documented order. */
import type { WebhookEventType } from '../types';
import { peopleEventCases } from './events-cases-people';
import { projectEventCases } from './events-cases-projects';
import { taskEventCases } from './events-cases-tasks';
import { timeEventCases } from './events-cases-time';
import type { EventCase } from './events-testkit';

export const EVENT_CASES: Record<WebhookEventType, EventCase> = {
	...peopleEventCases,
	...projectEventCases,
	...taskEventCases,
	...timeEventCases,
};
