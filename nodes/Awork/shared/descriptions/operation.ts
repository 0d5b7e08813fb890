/** Builds a resource's `operation` selector from its operation modules. */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

export interface OperationModule {
	option: INodePropertyOptions;
	fields: INodeProperties[];
}

export function operationSelector(resource: string, operations: OperationModule[], defaultOperation: string): INodeProperties[] {
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: operations.map((operation) => operation.option),
		default: defaultOperation,
	};
	const fields = operations.flatMap((operation) =>
		operation.fields.map((field) => ({
			...field,
			displayOptions: {
				...field.displayOptions,
				show: {
					resource: [resource],
					operation: [operation.option.value as string],
					...field.displayOptions?.show,
				},
			},
		})),
	);
	return [selector, ...fields];
}
