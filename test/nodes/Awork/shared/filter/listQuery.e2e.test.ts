/**
 * The list-query parameters end to end: a test-only declarative node (the awork node's
 * credentials, request defaults and request path, a fixed `GET /me/allavailabletasks` and
 * `listQueryProperties(taskEntity)`) run by n8n-core's engine against the sandbox. The items must be
 * exactly those the sandbox's unfiltered list says match, and the sandbox must have parsed the
 * `filterby` we meant; `useSandbox` fails the file if any request broke the spec.
 */
import type { IDataObject, INodeType } from 'n8n-workflow';

import { Awork } from '../../../../../nodes/Awork/Awork.node';
import { authenticationProperty } from '../../../../../nodes/Awork/shared/descriptions/authentication';
import { listQueryProperties } from '../../../../../nodes/Awork/shared/filter/description';
import { taskEntity } from '../../../../../nodes/Awork/shared/filter/entities';
import { requestPathProperty } from '../../../../../nodes/Awork/shared/transport/declarative';
import { runNode, type RunNodeOptions } from '../../../../harness/runNode';
import { apiKeyCredentials, useSandbox } from '../../../../harness/sandbox';
import { parseFilter } from '../../../../sandbox/query';

const TYPE = 'aworkTaskListProbe';
const HOSTILE = "O'Brien') or (1 eq 1 or name eq '";

function taskListNodeType(): INodeType {
	const { description } = new Awork();
	return {
		description: {
			...description,
			name: TYPE,
			displayName: 'awork task list probe',
			properties: [
				authenticationProperty,
				requestPathProperty,
				{
					displayName: 'List',
					name: 'list',
					type: 'hidden',
					default: 'allAvailable',
					// Sending pageSize marks the request as a list; the request path then pages.
					routing: { request: { method: 'GET', url: '/me/allavailabletasks', qs: { pageSize: 1000 } } },
				},
				{ displayName: 'Return All', name: 'returnAll', type: 'boolean', default: true },
				{ displayName: 'Limit', name: 'limit', type: 'number', default: 50 },
				...listQueryProperties(taskEntity),
			],
		},
	};
}

const sandbox = useSandbox({ rateLimit: false, now: () => new Date('2025-03-10T12:00:00Z') });

async function list(parameters: IDataObject, extra: Partial<RunNodeOptions> = {}) {
	sandbox().resetLog();
	const result = await runNode({
		type: TYPE,
		extraTypes: { [TYPE]: taskListNodeType() },
		parameters: parameters as RunNodeOptions['parameters'],
		credentials: apiKeyCredentials(sandbox()),
		...extra,
	});
	const urls = sandbox().requests.map((r) => new URL(r.url, 'http://sandbox'));
	return { ...result, urls, ids: result.items.map((item) => item.json.id as string).sort() };
}

type Task = Record<string, any>;
let all: Task[];
let me: string;
const idsOf = (tasks: Task[]) => tasks.map((t) => t.id as string).sort();

beforeAll(async () => {
	me = sandbox().store.apiKeys.get(sandbox().apiKey)!.toLowerCase();
	const tasks = sandbox().store.collection<Task & { id: string }>('tasks');
	const visible = (await list({})).items.map((item) => item.json.id as string);
	// Three visible tasks get names that try to break out of a quoted literal.
	visible.slice(0, 3).forEach((id, i) => (tasks.get(id)!.name = `${HOSTILE} #${i}`));
	all = (await list({})).items.map((item) => item.json as Task);
});

describe('list query parameters through the engine', () => {
	it('sends neither filterby nor orderby when nothing is set', async () => {
		const { urls, ids, error } = await list({});
		expect(error).toBeUndefined();
		expect(ids).toEqual(idsOf(all));
		expect(all.length).toBeGreaterThan(10);
		expect(urls.every((u) => !u.searchParams.has('filterby') && !u.searchParams.has('orderby'))).toBe(true);
	});

	it('runs the preSend with Filters left at {} (sort only), sending orderby alone', async () => {
		const { items, urls } = await list({ sort: { keys: [{ field: 'name', direction: 'desc' }, { field: 'id', direction: 'asc' }] } });
		expect(urls[0].searchParams.get('orderby')).toBe('name desc,id asc');
		expect(urls[0].searchParams.has('filterby')).toBe(false);
		const names = items.map((item) => String(item.json.name).toLowerCase());
		expect(names).toEqual([...names].sort().reverse());
	});

	it('matches a hostile name literally: only the tasks whose name contains it', async () => {
		const { ids, urls } = await list({ filters: { nameContains: HOSTILE } });
		expect(ids).toHaveLength(3);
		expect(ids).toEqual(idsOf(all.filter((t) => String(t.name).includes(HOSTILE))));
		const tree = parseFilter(urls[0].searchParams.get('filterby')!);
		expect(tree).toMatchObject({ kind: 'call', name: 'substringof', args: [{ kind: 'literal', value: HOSTILE }, { segments: ['name'] }] });
	});

	it('filters by status type and due date together', async () => {
		const cut = '2025-03-20T00:00:00Z';
		const { ids, urls } = await list({ filters: { statusType: ['done', 'stuck'], dueBefore: cut } });
		const expected = all.filter((t) => ['done', 'stuck'].includes(t.taskStatus?.type) && t.dueOn && Date.parse(t.dueOn) < Date.parse(cut));
		expect(expected.length).toBeGreaterThan(0);
		expect(ids).toEqual(idsOf(expected));
		expect(urls[0].searchParams.get('filterby')).toBe(`(taskStatus/type in ('done','stuck')) and (dueOn lt datetime'2025-03-20T00:00:00Z')`);
	});

	it('combines typed filters, Match Any conditions and the expression with AND', async () => {
		const { ids, urls } = await list({
			filters: { done: false },
			conditions: {
				any: [
					{ field: 'assignees/id', operator: 'eq', valueType: 'special', value: 'me' },
					{ field: 'tags/name', operator: 'eq', value: 'urgent' },
				],
			},
			filterExpression: 'plannedDuration gt 0',
		});
		const expected = all.filter(
			(t) =>
				t.taskStatus?.type !== 'done' &&
				(t.assignees.some((a: Task) => a.id === me) || (t.tags ?? []).some((tag: Task) => tag.name === 'urgent')) &&
				t.plannedDuration > 0,
		);
		expect(expected.length).toBeGreaterThan(0);
		expect(ids).toEqual(idsOf(expected));
		const tree = parseFilter(urls[0].searchParams.get('filterby')!);
		expect(tree).toMatchObject({ kind: 'and', left: { kind: 'and' }, right: { kind: 'compare' } });
	});

	it('takes {{ $now }} (a luxon DateTime) for a date filter', async () => {
		const { ids, urls } = await list({ filters: { dueBefore: '={{ $now.minus({ years: 1 }) }}' } });
		const filterby = urls[0].searchParams.get('filterby')!;
		expect(filterby).toMatch(/^dueOn lt datetime'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z'$/);
		const instant = Date.parse(filterby.slice('dueOn lt datetime\''.length, -1));
		expect(Math.abs(instant - (Date.now() - 365 * 86_400_000))).toBeLessThan(2 * 86_400_000);
		expect(ids).toEqual(idsOf(all.filter((t) => t.dueOn && Date.parse(t.dueOn) < instant)));
	});

	it('fails with an error naming the filter, before sending anything', async () => {
		const { error, urls } = await list({ filters: { assignee: 'bob' } });
		// RoutingNode re-wraps whatever a preSend throws as NodeApiError, keeping its message.
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe("Invalid 'Assignee' on item 0: expected an ID (GUID such as 1b3f4c5d-0000-4a5b-8c9d-0123456789ab), got 'bob'");
		expect(urls).toHaveLength(0);
	});

	it('puts the error on the failing item only, with Continue On Fail', async () => {
		const { items, urls } = await list(
			{ filters: { assignee: '={{ $json.user }}' } },
			{ items: [{ user: 'me' }, { user: 'bob' }], settings: { continueOnFail: true } },
		);
		const failed = items.filter((item) => item.json.error !== undefined || item.error !== undefined);
		expect(failed).toHaveLength(1);
		expect(JSON.stringify(failed[0])).toContain("Invalid 'Assignee' on item 1: expected an ID (GUID such as 1b3f4c5d-0000-4a5b-8c9d-0123456789ab), got 'bob'");
		expect(urls).toHaveLength(1);
		expect(items.length - 1).toBe(all.filter((t) => t.assignees.some((a: Task) => a.id === me)).length);
	});
});
