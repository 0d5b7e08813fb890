/** The awork Trigger: registers a webhook in awork and turns its verified deliveries into executions. */
import { timingSafeEqual } from 'crypto';
import {
	NodeConnectionTypes,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { searchProjects } from '../Awork/listSearch';
import { authenticationProperty, aworkCredentials } from '../Awork/shared/descriptions/authentication';
import { locatorProperty } from '../Awork/shared/locators/locator';
import { chosenProjects, filteredOut, firstDelivery, deliveryKey, isAworkEvent, ME, outputFor, STATUS_TYPES, type OutputShape } from './delivery';
import { eventOptions } from './events';
import { checkExists, create, deleteWebhook, selectedEvents, VERIFICATION_HEADER_NAME } from './webhookLifecycle';

function sameSecret(received: unknown, expected: unknown): boolean {
	if (typeof received !== 'string' || typeof expected !== 'string' || !expected) return false;
	const a = Buffer.from(received);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}

export class AworkTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'awork Trigger',
		name: 'aworkTrigger',
		icon: { light: 'file:../../icons/awork.svg', dark: 'file:../../icons/awork.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when something happens in awork',
		defaults: { name: 'awork Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: aworkCredentials,
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			authenticationProperty,
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: eventOptions,
				default: [],
				description:
					'The awork events that start the workflow. Choices ending in "Any Event" stand for all events of that entity.',
			},
			{
				displayName: 'Output',
				name: 'output',
				type: 'options',
				options: [
					{
						name: 'Full Event',
						value: 'fullEvent',
						description: 'Awork’s whole delivery (eventType, entity, triggeredBy, changes …) plus changesByProperty',
					},
					{
						name: 'Entity Only (Simplified)',
						value: 'entityOnly',
						description: 'The changed entity itself, with a short "event" summary (type, time, who, changes by property)',
					},
				],
				default: 'fullEvent',
				description: 'What each execution gets as its item',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Changed to Status Type',
						name: 'statusTypes',
						type: 'multiOptions',
						options: STATUS_TYPES,
						default: [],
						description:
							'Only start for status changes to a status of one of these types, e.g. a task moved to any status of type Done',
					},
					{
						displayName: 'Changed to Value',
						name: 'changedTo',
						type: 'string',
						default: '',
						placeholder: 'e.g. 3f0c2a8e-5b1d-4c6e-9f7a-2d8b1e4c6a90',
						description:
							'With "Only When Property Changed": only start when such a property changed to this value (compared as text, case-insensitive); "me" stands for the credential’s user, e.g. AssigneeId changed to me',
					},
					{
						displayName: 'Ignore Own Changes',
						name: 'ignoreOwnChanges',
						type: 'boolean',
						default: false,
						description:
							'Whether to skip changes made by the user of this credential (e.g. by this or another n8n workflow), so a workflow that writes to awork does not trigger itself',
					},
					{
						displayName: 'Only for Projects',
						name: 'projects',
						type: 'fixedCollection',
						typeOptions: { multipleValues: true },
						placeholder: 'Add Project',
						default: {},
						description:
							'Only start for events of these projects (pick them, paste their awork links, or enter their IDs). Events that belong to no project (users, companies, absences) are skipped when set.',
						options: [{ name: 'project', displayName: 'Project', values: [locatorProperty('project', { description: 'A project whose events start the workflow' })] }],
					},
					{
						displayName: 'Only Main Entity Changes',
						name: 'onlyTriggerForMainEntityChanges',
						type: 'boolean',
						default: false,
						description: 'Whether to skip events about nested entities of the one subscribed to (awork filters them before sending)',
					},
					{
						displayName: 'Only When Property Changed',
						name: 'changedProperties',
						type: 'string',
						default: '',
						placeholder: 'e.g. TaskStatusId, Name',
						description:
							'Only start when one of these properties is among the event\'s changes (awork property names, comma-separated, case-insensitive). Events without changes are skipped when set.',
					},
				],
			},
		],
	};

	methods = { listSearch: { searchProjects } };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await checkExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await create.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteWebhook.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const stored = this.getWorkflowStaticData('node');
		const headers = this.getHeaderData() as IDataObject;
		const response = this.getResponseObject();
		if (!sameSecret(headers[VERIFICATION_HEADER_NAME], stored.secret)) {
			// Not from the webhook this workflow registered: answer without starting anything.
			response.status(401).json({ message: 'Unknown sender' });
			return { noWebhookResponse: true };
		}
		const body: unknown = this.getBodyData();
		if (!isAworkEvent(body)) {
			// Only awork holds the secret and awork always sends an event object, so this is a broken
			// caller: 400 says so and shows up in awork's delivery log instead of passing silently.
			response.status(400).json({ message: 'Not an awork event: expected a JSON object with a string eventType' });
			return { noWebhookResponse: true };
		}
		// From here on every answer is 200, so awork neither retries nor pauses the webhook.
		if (!selectedEvents(this).includes(body.eventType)) return { webhookResponse: 'Event not subscribed' };
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const changedToText = String(options.changedTo ?? '').trim();
		// "me" is the credential's user, read from GET /me at activation.
		const changedTo = changedToText.toLowerCase() === ME ? String(stored.ownUserId ?? ME) : changedToText;
		const reason = filteredOut(body, {
			projectIds: chosenProjects(this, options),
			changedProperties: String(options.changedProperties ?? '')
				.split(',')
				.map((name) => name.trim().toLowerCase())
				.filter(Boolean),
			changedTo: changedTo === '' ? undefined : changedTo,
			statusTypes: ((options.statusTypes as string[] | undefined) ?? []).map((type) => type.toLowerCase()),
			ownUserId: options.ignoreOwnChanges ? (stored.ownUserId as string | undefined) : undefined,
		});
		if (reason) return { webhookResponse: `Filtered out: ${reason}` };
		if (!firstDelivery(stored, deliveryKey(body))) return { webhookResponse: 'Duplicate delivery' };
		const shape = this.getNodeParameter('output', 'fullEvent') as OutputShape;
		return { workflowData: [this.helpers.returnJsonArray(outputFor(body, shape))] };
	}
}
