/**
 * The baselines the benchmark measures our nodes against: the least a declarative n8n node needs
 * to GET a task by ID (requestDefaults with the credential's base URL, one routed property), the
 * same with six properties as a typical small declarative node has, and a webhook trigger that
 * only hands the body on (the essential work of n8n's own Webhook node, which is not installed here).
 */
import type { IDataObject, INodeProperties, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

const taskIdProperty: INodeProperties = {
	displayName: 'Task ID',
	name: 'taskId',
	type: 'string',
	default: '',
	required: true,
	routing: { request: { method: 'GET', url: '=/tasks/{{$value}}' } },
};

/** The properties a small declarative node has besides the routed one: resource, operation, a toggle, options. */
const typicalProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [{ name: 'Task', value: 'task' }],
		default: 'task',
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['task'] } },
		options: [{ name: 'Get', value: 'get', action: 'Get a task' }],
		default: 'get',
	},
	{
		displayName: 'Include Details',
		name: 'includeDetails',
		type: 'boolean',
		displayOptions: { show: { resource: ['task'], operation: ['get'] } },
		default: false,
	},
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		displayOptions: { show: { resource: ['task'], operation: ['get'] } },
		default: '',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		displayOptions: { show: { resource: ['task'], operation: ['get'] } },
		default: {},
		options: [{ displayName: 'Label', name: 'label', type: 'string', default: '' }],
	},
];

function describe(name: string, properties: INodeProperties[]): INodeTypeDescription {
	return {
		displayName: name,
		name,
		group: ['transform'],
		version: 1,
		description: 'Benchmark baseline',
		defaults: { name },
		inputs: ['main'],
		outputs: ['main'],
		// The same credential type as the awork node, so authentication costs the same.
		credentials: [{ name: 'aworkSuiteApi', required: true }],
		requestDefaults: { baseURL: '={{$credentials.baseUrl}}', headers: { accept: 'application/json' } },
		properties,
	} as INodeTypeDescription;
}

/** One property: the task ID, routed into the URL. */
export function minimalGetNode(): INodeType {
	return { description: describe('minimalGet', [taskIdProperty]) };
}

/** Six properties, the task ID the only routed one (what n8n walks per item grows with them). */
export function sixPropertyGetNode(): INodeType {
	const properties = [...typicalProperties.slice(0, 2), { ...taskIdProperty, displayOptions: { show: { resource: ['task'], operation: ['get'] } } }, ...typicalProperties.slice(2)];
	return { description: describe('sixPropertyGet', properties) };
}

/** A webhook trigger that starts the workflow with the body it received, nothing else. */
export function plainWebhookNode(): INodeType {
	return {
		description: {
			displayName: 'Plain Webhook',
			name: 'plainWebhook',
			group: ['trigger'],
			version: 1,
			description: 'Benchmark baseline',
			defaults: { name: 'Plain Webhook' },
			inputs: [],
			outputs: ['main'],
			webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
			properties: [],
		} as INodeTypeDescription,
		async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
			return { workflowData: [this.helpers.returnJsonArray(this.getBodyData() as IDataObject)] };
		},
	};
}

/**
 * The awork node itself with only the properties one operation shows (and those shown always):
 * what the operation costs per item once n8n's RoutingNode no longer walks the other operations'
 * properties. A diagnostic, not a shippable node.
 */
export function aworkNodeWithOnly(node: INodeType, resource: string, operation: string): INodeType {
	const shownFor = (property: INodeProperties) => {
		const show = property.displayOptions?.show;
		const resources = show?.resource as string[] | undefined;
		const operations = show?.operation as string[] | undefined;
		return (!resources || resources.includes(resource)) && (!operations || operations.includes(operation));
	};
	const properties = node.description.properties.filter(shownFor);
	return Object.assign(Object.create(Object.getPrototypeOf(node) as object) as INodeType, node, { description: { ...node.description, properties } });
}
