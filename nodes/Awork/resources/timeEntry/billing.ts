/**
 * Set Billed / Set Not Billed: awork's batch operation `POST /timeentries/batch/setIsBilled` (the
 * documented way; the older `/timeentries/setbilled` fails the whole request on one unknown ID).
 * One request per item for all the entry IDs of that item; awork answers per ID (207), and the
 * item says which entries changed and which did not.
 */
import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { operation, type OperationModule } from '../../shared/descriptions/operation';
import { boolean } from '../../shared/fields/scalars';
import { ids } from '../../shared/fields/structured';

const idsOf = (result: unknown): string[] => {
	const list = (result as IDataObject | undefined)?.ids;
	return Array.isArray(list) ? (list as string[]) : [];
};

/** One item per request: what changed, and the IDs awork did not change with the reason. */
const billingResult = (billed: boolean): PostReceiveAction =>
	async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = (response.body ?? {}) as IDataObject;
		const notChanged = {
			notFound: idsOf(body.notFound),
			notPermitted: idsOf(body.unauthorized),
			rejected: idsOf(body.badRequest),
		};
		const json: IDataObject = {
			success: Object.values(notChanged).every((list) => list.length === 0),
			isBilled: billed,
			changed: idsOf(body.ok),
			...notChanged,
		};
		return [{ json }];
	};

export function billingOperation(billed: boolean): OperationModule {
	const value = billed ? 'setBilled' : 'setNotBilled';
	const what = billed ? 'billed' : 'not billed';
	return operation({
		value,
		name: billed ? 'Set Billed' : 'Set Not Billed',
		action: billed ? 'Mark time entries as billed' : 'Mark time entries as not billed',
		description: billed
			? 'Mark time entries as billed (invoiced), e.g. after exporting them to invoicing; one request per item for all its IDs. Only billable entries can be billed.'
			: 'Mark billed time entries as not billed again (only admins can); one request per item for all its IDs',
		method: 'POST',
		path: '/timeentries/batch/setIsBilled',
		fields: [
			ids({
				name: 'timeEntryIds',
				displayName: 'Time Entry IDs',
				description: `The time entries to mark as ${what}: IDs (GUIDs) separated by commas, or an array from an expression (e.g. the IDs collected from Get Many)`,
				required: true,
				entity: 'time entry',
				placeholder: 'e.g. 3f0c2a8e-5b1d-4c6e-9f7a-2d8b1e4c6a90, 9a1b…',
			}),
			boolean({
				name: 'requireAllTimeEntries',
				displayName: 'All or Nothing',
				description: `Whether to change none of the entries when any of them cannot be marked as ${what} (unknown, not permitted or rejected); otherwise the others are changed`,
			}),
		],
		body: (values) => ({ ...values, isBilled: billed }),
		output: [billingResult(billed)],
	});
}
