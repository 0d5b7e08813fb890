/**
 * Every documented webhook event type (docs/webhooks.md) is produced by the API call that causes
 * it: each case (events-cases-*.ts, one module per area) makes that call through the real server
 * (real `domain/index.ts`) and this suite checks the event recorded in `sandbox.events`. The cases
 * run in one sandbox, in the documented order: destructive user cases rely on the ones before.
 */
import { WEBHOOK_EVENT_TYPES } from '../types';
import { EVENT_CASES } from './events-cases';
import { apiUserId, eventOf, useEventsSandbox } from './events-testkit';

useEventsSandbox();

const CASES = EVENT_CASES;

describe('every documented event type', () => {
	it('has a case, and only documented types have one', () => {
		expect(Object.keys(CASES).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
		expect(WEBHOOK_EVENT_TYPES).toHaveLength(35);
	});

	it.each([...WEBHOOK_EVENT_TYPES])('%s is emitted by the operation that causes it', async (type) => {
		const expected = await CASES[type]();
		const event = eventOf(type, expected);
		expect(event).toMatchObject({ entityType: expected.entityType, entityId: expected.entityId, userId: apiUserId });
		expect(event.traceId).toMatch(/^[0-9a-f]{32}$/);
		// The snapshot is the entity as the API returns it: its own id, no internal fields.
		const entity = event.entity as Record<string, unknown>;
		expect(entity.id).toBe(expected.entityId);
		expect(Object.keys(entity).filter((key) => key.startsWith('_'))).toEqual([]);
		if (expected.changes) expect(event.changes).toEqual(expect.arrayContaining(expected.changes));
	});
});
