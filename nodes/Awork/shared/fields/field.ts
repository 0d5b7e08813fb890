/**
 * A field of an operation: the parameter the editor shows, and how its value becomes part of the
 * request. Operations are lists of fields; `operation()` runs every field's `apply` in one preSend,
 * so checks happen for all fields before anything is sent, and unset optional fields add nothing.
 */
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INode, INodeProperties } from 'n8n-workflow';

export interface FieldContext {
	fn: IExecuteSingleFunctions;
	node: INode;
	itemIndex: number;
	/** What the fields produced: path parameters, query and body properties, by name. */
	values: IDataObject;
	/** Set by a field that picks another endpoint (e.g. a project chosen by its key). */
	path?: string;
	request: IHttpRequestOptions;
}

export interface Field {
	property: INodeProperties;
	/** Reads the parameter at `parameterPath`, checks it, and writes into `context.values`. */
	apply?(context: FieldContext, parameterPath: string): void | Promise<void>;
}

export interface FieldOptions {
	name: string;
	displayName: string;
	/** Tells a person and an AI agent what the field does and which format it wants. */
	description: string;
	required?: boolean;
	/** The request value it fills (body property, path or query parameter); default `name`. */
	to?: string;
	placeholder?: string;
	hint?: string;
}

/** The raw parameter value; for a field inside a collection, undefined when not added. */
export function readParameter(context: FieldContext, parameterPath: string): unknown {
	return context.fn.getNodeParameter(parameterPath, undefined);
}

export function baseProperty(options: FieldOptions): Pick<INodeProperties, 'displayName' | 'name' | 'description' | 'required' | 'placeholder' | 'hint'> {
	return {
		displayName: options.displayName,
		name: options.name,
		description: options.description,
		...(options.required ? { required: true } : {}),
		...(options.placeholder ? { placeholder: options.placeholder } : {}),
		...(options.hint ? { hint: options.hint } : {}),
	};
}

export function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
