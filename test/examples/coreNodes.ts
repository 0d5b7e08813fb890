/**
 * Stand-ins for the n8n core nodes the example workflows use (n8n-nodes-base is not installed
 * here): the Webhook and Schedule triggers pass on the items the run starts with, as n8n starts an
 * execution from a fired trigger; Split Out and Summarize do what n8n's nodes do for exactly the
 * parameters the examples set and refuse any other, so an example cannot silently rely on more.
 * `coreNodes.test.ts` holds them against n8n's own nodes when an n8n runtime is installed.
 */
import { NodeConnectionTypes, NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeProperties, type INodeExecutionData, type INodeType } from 'n8n-workflow';

export const WEBHOOK = 'n8n-nodes-base.webhook';
export const SCHEDULE_TRIGGER = 'n8n-nodes-base.scheduleTrigger';
export const SPLIT_OUT = 'n8n-nodes-base.splitOut';
export const SUMMARIZE = 'n8n-nodes-base.summarize';
export const NO_OP = 'n8n-nodes-base.noOp';

const text = (name: string): INodeProperties => ({ displayName: name, name, type: 'string', default: '' });
const collection = (name: string): INodeProperties => ({ displayName: name, name, type: 'collection', default: {}, options: [] });

function description(name: string, trigger: boolean, properties: INodeProperties[] = []): INodeType['description'] {
	return {
		displayName: `${name} (stand-in)`,
		name,
		group: [trigger ? 'trigger' : 'transform'],
		version: [1, 1.1, 2, 2.1, 2.2],
		description: '',
		defaults: {},
		inputs: trigger ? [] : [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		// n8n reads a node's parameters through its declared properties.
		properties,
	};
}

/** A trigger that emits the items the run was started with. */
function startingTrigger(name: string): INodeType {
	return {
		description: description(name, true),
		async execute(this: IExecuteFunctions) {
			return [this.getInputData()];
		},
	};
}

/** No Operation: passes its items on. */
const noOp: INodeType = {
	description: description(NO_OP, false),
	async execute(this: IExecuteFunctions) {
		return [this.getInputData()];
	},
};

/** lodash `get` for dotted paths (n8n's default dot notation). */
function getPath(source: IDataObject, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as IDataObject)[key] : undefined), source);
}

function refuse(fn: IExecuteFunctions, what: string): never {
	throw new NodeOperationError(fn.getNode(), `The stand-in does not implement ${what}; add it (and a case in coreNodes.test.ts) first`);
}

/** Split Out of one field, no other fields, no options. */
const splitOut: INodeType = {
	description: description(SPLIT_OUT, false, [
		text('fieldToSplitOut'),
		{ ...text('include'), default: 'noOtherFields' },
		text('fieldsToInclude'),
		collection('options'),
	]),
	async execute(this: IExecuteFunctions) {
		const output: INodeExecutionData[] = [];
		this.getInputData().forEach((item, index) => {
			const field = String(this.getNodeParameter('fieldToSplitOut', index)).replace(/^\$json\./, '');
			if (field.includes(',')) refuse(this, 'several fields');
			if (this.getNodeParameter('include', index, 'noOtherFields') !== 'noOtherFields') refuse(this, 'including other fields');
			if (Object.keys(this.getNodeParameter('options', index, {}) as IDataObject).length) refuse(this, 'options');
			let value = getPath(item.json, field) ?? [];
			if (typeof value !== 'object' || value === null) value = [value];
			const elements = Array.isArray(value) ? value : Object.values(value as IDataObject);
			for (const element of elements) {
				const json = typeof element === 'object' && element !== null ? { ...(element as IDataObject) } : { [field]: element as IDataObject };
				output.push({ json, pairedItem: { item: index } });
			}
		});
		return [output];
	},
};

const AGGREGATION_PREFIX: Record<string, string> = { append: 'appended_', count: 'count_', sum: 'sum_' };
const normalizeFieldName = (name: string) => name.replace(/[\]["]/g, '').replace(/[ .]/g, '_');

/** Summarize with append, count and sum, split by fields, each split in its own item. */
const summarize: INodeType = {
	description: description(SUMMARIZE, false, [
		{
			displayName: 'fieldsToSummarize',
			name: 'fieldsToSummarize',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			options: [{ displayName: 'values', name: 'values', values: [text('aggregation'), text('field')] }],
		},
		text('fieldsToSplitBy'),
		collection('options'),
	]),
	async execute(this: IExecuteFunctions) {
		const items = this.getInputData();
		const aggregations = this.getNodeParameter('fieldsToSummarize.values', 0, []) as Array<{ aggregation: string; field: string }>;
		const splitBy = String(this.getNodeParameter('fieldsToSplitBy', 0, ''))
			.split(',')
			.map((field) => field.trim())
			.filter(Boolean);
		if (Object.keys(this.getNodeParameter('options', 0, {}) as IDataObject).length) refuse(this, 'options');
		if (!aggregations.some((entry) => entry.field !== '')) {
			throw new NodeOperationError(this.getNode(), "You need to add at least one aggregation to 'Fields to Summarize' with non empty 'Field'");
		}
		for (const { aggregation, field } of aggregations) {
			if (!AGGREGATION_PREFIX[aggregation]) refuse(this, `the '${aggregation}' aggregation`);
			if (!items.some((item) => getPath(item.json, field) !== undefined)) {
				throw new NodeOperationError(this.getNode(), `The field '${field}' does not exist in any items`);
			}
		}
		// Version 1 groups by the split values as text, in order of first appearance.
		const groups = new Map<string, number[]>();
		items.forEach((item, index) => {
			const key = JSON.stringify(splitBy.map((field) => {
				const value = getPath(item.json, field);
				return String(value && typeof value === 'object' ? JSON.stringify(value) : value);
			}));
			groups.set(key, [...(groups.get(key) ?? []), index]);
		});
		if (this.getNode().typeVersion !== 1 && splitBy.length) refuse(this, 'version 1.1 (it keeps split values typed)');
		const output: INodeExecutionData[] = [];
		for (const [key, indexes] of groups) {
			const group = indexes.map((index) => items[index].json);
			const json: IDataObject = {};
			for (const { aggregation, field } of aggregations) {
				const values = group.map((entry) => getPath(entry, field)).filter((value) => value !== undefined && value !== null && value !== '');
				const name = normalizeFieldName(AGGREGATION_PREFIX[aggregation] + field);
				if (aggregation === 'append') json[name] = values as IDataObject[];
				else if (aggregation === 'count') json[name] = values.length;
				else json[name] = values.filter((value): value is number => typeof value === 'number').reduce((sum, value) => sum + value, 0);
			}
			(JSON.parse(key) as string[]).forEach((value, position) => (json[normalizeFieldName(splitBy[position])] = value));
			output.push({ json, pairedItem: indexes.map((item) => ({ item })) });
		}
		return [output];
	},
};

/** The stand-ins by the type names exported workflows use. */
export function coreNodeTypes(): Record<string, INodeType> {
	return { [WEBHOOK]: startingTrigger(WEBHOOK), [SCHEDULE_TRIGGER]: startingTrigger(SCHEDULE_TRIGGER), [SPLIT_OUT]: splitOut, [SUMMARIZE]: summarize, [NO_OP]: noOp };
}
