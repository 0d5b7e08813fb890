/**
 * Every documented awork webhook event, caused by its real API call in the events sandbox, reaches
 * several awork Triggers at once and each one's filter decides as documented: all events, own
 * changes ignored, only some changed properties, only a project no case touches, entity-only output.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { eventOptions } from '../../../nodes/AworkTrigger/events';
import { apiKeyCredentials } from '../../harness/sandbox';
import { startTrigger, type Delivery, type TriggerHarness } from '../../harness/trigger';
import { WEBHOOK_EVENT_TYPES } from '../../sandbox/types';
import { EVENT_CASES } from '../../sandbox/webhooks/events-cases';
import { apiUserId, eventOf, post, sandbox, useEventsSandbox } from '../../sandbox/webhooks/events-testkit';

useEventsSandbox();

const CASES = EVENT_CASES;

/** Every "any event of <entity>" choice: together they stand for all 35 event types. */
const ALL_EVENTS = eventOptions.map((option) => String(option.value)).filter((value) => value.startsWith('any:'));

/** Names from the cases' expected changes (one lower-cased: matching ignores case); Duration, Members, EndOn … stay out. */
const CHANGED_PROPERTIES = ['Name', 'TaskStatusId', 'typeofworkid', 'Industry', 'AssigneeId', 'IsArchived'];

type Harnesses = Record<'all' | 'notOwn' | 'someProperties' | 'otherProject' | 'entityOnly', TriggerHarness>;

const DELIVERY_TIMEOUT_MS = 5000;

type SandboxEventKey = { eventType: string; entityId: string; traceId: string };

/** The deliveries `trigger` got of one sandbox event, once at least one has arrived. */
async function deliveriesOf(trigger: TriggerHarness, wanted: SandboxEventKey): Promise<Delivery[]> {
	const matching = () =>
		trigger.deliveries.filter(
			(d) => d.body.eventType === wanted.eventType && d.body.entityId === wanted.entityId && d.body.traceId === wanted.traceId,
		);
	const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
	while (matching().length === 0) {
		const left = deadline - Date.now();
		if (left <= 0) throw new Error(`no delivery of ${wanted.eventType} for ${wanted.entityId} reached ${trigger.webhookUrl}`);
		// Wakes on the next delivery of any event (setup events of the case arrive too).
		await trigger.waitForDeliveries(trigger.deliveries.length + 1, left).catch(() => undefined);
	}
	return matching();
}

/** Items emitted over all deliveries (a retried delivery must not start the workflow twice). */
const emittedBy = (deliveries: Delivery[]) => deliveries.flatMap((d) => d.emitted ?? []);

/** Whether `actual` equals `expected`, asymmetric matchers of the cases included. */
function matches(actual: unknown, expected: unknown): boolean {
	try {
		expect(actual).toEqual(expected);
		return true;
	} catch {
		return false;
	}
}

describe('awork Trigger: every awork event from a real API change', () => {
	let triggers: Harnesses;
	let untouchedProject: { id: string };
	/** The demo workspace's own webhooks (a paused one); only they may be left at the end. */
	let seededWebhookIds: string[];
	const webhookIds = () => sandbox.store.collection<{ id: string }>('webhooks').all().map((w) => w.id).sort();
	/** Per event type: did the "some properties" trigger start, and did the event list changes at all. */
	const somePropertiesOutcome = new Map<string, { started: boolean; hadChanges: boolean }>();

	beforeAll(async () => {
		untouchedProject = await post('/projects', { name: 'Nobody works here' });
		seededWebhookIds = webhookIds();
		const start = async (parameters: INodeParameters) => await startTrigger({ parameters, credentials: apiKeyCredentials(sandbox) });
		triggers = {
			all: await start({ events: ALL_EVENTS, output: 'fullEvent' }),
			notOwn: await start({ events: ALL_EVENTS, options: { ignoreOwnChanges: true } }),
			someProperties: await start({ events: ALL_EVENTS, options: { changedProperties: CHANGED_PROPERTIES.join(', ') } }),
			otherProject: await start({
				events: ALL_EVENTS,
				options: { projects: { project: [{ project: { __rl: true, mode: 'id', value: untouchedProject.id } }] } },
			}),
			entityOnly: await start({ events: ALL_EVENTS, output: 'entityOnly' }),
		};
		// All at once: each clears only webhooks aimed at its own URL, so none removes another's.
		await Promise.all(Object.values(triggers).map(async (trigger) => await trigger.activate()));
		// Activation's requests happen before the suite's per-test log, so they are checked here.
		expect(sandbox.violations).toEqual([]);
		expect(sandbox.responseViolations).toEqual([]);
	});

	afterAll(async () => {
		for (const trigger of Object.values(triggers ?? {})) {
			await trigger.deactivate();
			await trigger.close();
		}
		expect(webhookIds()).toEqual(seededWebhookIds);
		expect(sandbox.violations).toEqual([]);
	});

	it('registers one webhook per trigger, each for all 35 event types', () => {
		const webhooks = sandbox.store
			.collection<{ id: string; uri: string; events: string }>('webhooks')
			.where((w) => !seededWebhookIds.includes(w.id));
		expect(webhooks.map((w) => w.uri).sort()).toEqual(Object.values(triggers).map((t) => t.webhookUrl).sort());
		for (const webhook of webhooks) expect(webhook.events.split(',').sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
		expect(triggers.notOwn.staticData.ownUserId).toBe(apiUserId);
	});

	it.each([...WEBHOOK_EVENT_TYPES])('%s reaches every trigger and is filtered as chosen', async (type) => {
		const expected = await CASES[type]();
		const event = eventOf(type, expected);
		const wanted = { eventType: type, entityId: expected.entityId, traceId: event.traceId };
		const [all, notOwn, someProperties, otherProject, entityOnly] = await Promise.all(
			[triggers.all, triggers.notOwn, triggers.someProperties, triggers.otherProject, triggers.entityOnly].map(
				async (trigger) => await deliveriesOf(trigger, wanted),
			),
		);
		for (const deliveries of [all, notOwn, someProperties, otherProject, entityOnly]) {
			expect(deliveries.map((d) => d.status)).toEqual(deliveries.map(() => 200));
		}

		// All events, full output.
		const [item] = emittedBy(all);
		expect(emittedBy(all)).toHaveLength(1);
		const json = item.json as IDataObject & { entity: IDataObject; triggeredBy: IDataObject; changesByProperty: IDataObject };
		expect(json).toMatchObject({ eventType: type, entityType: expected.entityType, entityId: expected.entityId });
		expect(json.entity.id).toBe(expected.entityId);
		expect(json.triggeredBy.id).toBe(apiUserId);
		const delivered = (all[0].body.changes ?? []) as IDataObject[];
		for (const change of expected.changes ?? []) {
			const match = delivered.find((d) => matches(d, change));
			expect(match).toBeDefined();
			const property = match!.property as string;
			expect({ property, ...(json.changesByProperty[property] as IDataObject) }).toEqual(change);
		}

		// Every case's change is made by the API user, the credential's own user.
		expect(emittedBy(notOwn)).toEqual([]);

		// Starts exactly when the delivered changes name a chosen property (case-insensitive).
		const chosen = CHANGED_PROPERTIES.map((name) => name.toLowerCase());
		const shouldStart = delivered.some((change) => chosen.includes(String(change.property).toLowerCase()));
		expect(emittedBy(someProperties).map((i) => i.json.eventType)).toEqual(shouldStart ? [type] : []);
		somePropertiesOutcome.set(type, { started: shouldStart, hadChanges: delivered.length > 0 });

		// No case touches that project; events of no project are skipped when projects are chosen.
		expect(emittedBy(otherProject)).toEqual([]);

		// The entity itself, plus a short summary of the event.
		const simplified = emittedBy(entityOnly);
		expect(simplified).toHaveLength(1);
		expect(simplified[0].json).toEqual({
			...(all[0].body.entity as IDataObject),
			event: expect.objectContaining({
				eventType: type,
				entityType: expected.entityType,
				entityId: expected.entityId,
				triggeredById: apiUserId,
			}),
		});
	});

	it('lets the changed-property filter both start and skip events that list changes', () => {
		const outcomes = [...somePropertiesOutcome.values()];
		expect(outcomes).toHaveLength(WEBHOOK_EVENT_TYPES.length);
		expect(outcomes.filter((o) => o.started).length).toBeGreaterThan(0);
		expect(outcomes.filter((o) => o.hadChanges && !o.started).length).toBeGreaterThan(0);
	});
});
