/** From the node's parameter values to `filterby` / `orderby`: typed filters, the condition builder, the expression, sort. */
import { buildListQuery, type ListQueryParameters } from '../../../../../nodes/Awork/shared/filter/description';
import { commentEntity, projectEntity, taskEntity, type ListQueryEntity } from '../../../../../nodes/Awork/shared/filter/entities';
import { parseFilter } from '../../../../sandbox/query';
import { errorOf } from './errorOf';

const GUID = '1b3f4c5d-0000-4a5b-8c9d-0123456789ab';
const GUID2 = '2c4e6a8b-1111-4a5b-8c9d-0123456789ab';

const filterOf = (entity: ListQueryEntity, parameters: ListQueryParameters, zone?: string) => {
	const { filterby } = buildListQuery(entity, parameters, { zone });
	if (filterby) parseFilter(filterby); // always valid for the sandbox's parser
	return filterby;
};
const taskFilter = (filters: Record<string, unknown>, zone?: string) => filterOf(taskEntity, { filters: filters as never }, zone);
const rows = (all: unknown[], any: unknown[] = []) => ({ conditions: { all, any } as never });

describe('nothing set', () => {
	it('gives neither filterby nor orderby (never empty strings)', () => {
		expect(buildListQuery(taskEntity, {})).toEqual({});
		expect(buildListQuery(taskEntity, { filters: {}, conditions: {}, filterExpression: '', sort: {} })).toEqual({});
		expect(buildListQuery(taskEntity, { filters: { nameContains: '', assignee: '', statusType: [], dueBefore: '' } })).toEqual({});
	});
});

describe('typed filters of tasks', () => {
	it.each<[Record<string, unknown>, string]>([
		[{ status: [GUID] }, `taskStatusId eq guid'${GUID}'`],
		[{ status: [GUID, GUID2.toUpperCase()] }, `taskStatusId in (guid'${GUID}',guid'${GUID2}')`],
		[{ statusType: ['done'] }, "taskStatus/type eq 'done'"],
		[{ statusType: ['todo', 'stuck'] }, "taskStatus/type in ('todo','stuck')"],
		[{ assignee: 'me' }, 'assignees/any(a: a/id eq me.id)'],
		[{ assignee: ` ${GUID}, Me ` }, `assignees/any(a: a/id in (guid'${GUID}',me.id))`],
		[{ dueBefore: '2024-05-01T10:00:00Z' }, "dueOn lt datetime'2024-05-01T10:00:00Z'"],
		[{ dueAfter: '2024-05-01T10:00:00Z' }, "dueOn gt datetime'2024-05-01T10:00:00Z'"],
		[{ taskList: [GUID] }, `lists/any(l: l/id eq guid'${GUID}')`],
		[{ tag: 'urgent' }, "tags/any(t: t/name eq 'urgent')"],
		[{ tag: 'urgent, quick-win' }, "tags/any(t: t/name in ('urgent','quick-win'))"],
		[{ nameContains: "O'Brien" }, "substringof('O''Brien',name)"],
		[{ done: true }, "taskStatus/type eq 'done'"],
		[{ done: false }, "taskStatus/type ne 'done'"],
		[{ typeOfWork: GUID }, `typeOfWorkId eq guid'${GUID}'`],
		[{ updatedSince: '2024-05-01T00:00:00Z' }, "updatedOn ge datetime'2024-05-01T00:00:00Z'"],
	])('%j → %s', (filters, expected) => {
		expect(taskFilter(filters)).toBe(expected);
	});

	it('reads dates without an offset in the workflow time zone', () => {
		expect(taskFilter({ dueBefore: '2024-05-01T10:00:00' }, 'Europe/Berlin')).toBe("dueOn lt datetime'2024-05-01T08:00:00Z'");
	});

	it('ANDs several typed filters, each parenthesised', () => {
		expect(taskFilter({ statusType: ['done'], nameContains: 'x' })).toBe("(taskStatus/type eq 'done') and (substringof('x',name))");
	});

	it.each<[Record<string, unknown>, string]>([
		[{ assignee: 'bob' }, "Assignee must be an ID (GUID such as 1b3f4c5d-0000-4a5b-8c9d-0123456789ab), got 'bob'"],
		[{ status: ['x'] }, "Status Names or IDs must be an ID (GUID such as 1b3f4c5d-0000-4a5b-8c9d-0123456789ab), got 'x'"],
		[{ dueBefore: 'next friday' }, "Due Before must be a date in ISO 8601 (e.g. 2024-05-01 or 2024-05-01T10:00:00Z) or an expression giving a date, got 'next friday'"],
		[{ done: 'maybe' }, "Done must be true or false, got 'maybe'"],
		[{ tag: [{ name: 'x' }] }, 'Tag must be a list of values or comma-separated text, got [{"name":"x"}]'],
	])('rejects %j naming the filter: %s', (filters, message) => {
		expect(errorOf(() => taskFilter(filters)).message).toBe(message);
	});
});

describe('typed filters of projects and comments', () => {
	it.each<[Record<string, unknown>, string]>([
		[{ status: [GUID] }, `projectStatusId eq guid'${GUID}'`],
		[{ statusType: ['closed', 'not-started'] }, "projectStatus/type in ('closed','not-started')"],
		[{ type: [GUID] }, `projectTypeId eq guid'${GUID}'`],
		[{ company: GUID }, `companyId eq guid'${GUID}'`],
		[{ member: 'me' }, 'members/any(m: m/userId eq me.id)'],
		[{ tag: 'retainer' }, "tags/any(t: t/name eq 'retainer')"],
		[{ startDateFrom: '2024-01-01', startDateTo: '2024-12-31' }, "(startDate ge datetime'2024-01-01T00:00:00Z') and (startDate le datetime'2024-12-31T00:00:00Z')"],
		[{ dueDateFrom: '2024-01-01', dueDateTo: '2024-02-01' }, "(dueDate ge datetime'2024-01-01T00:00:00Z') and (dueDate le datetime'2024-02-01T00:00:00Z')"],
		[{ archived: true }, "projectStatus/type eq 'closed'"],
		[{ archived: false }, "projectStatus/type ne 'closed'"],
	])('project %j → %s', (filters, expected) => {
		expect(filterOf(projectEntity, { filters: filters as never })).toBe(expected);
	});

	it('rejects me for a company', () => {
		expect(errorOf(() => filterOf(projectEntity, { filters: { company: 'me' } })).message).toMatch(/^Company must be an ID/);
	});

	it('filters comments by author and date', () => {
		expect(filterOf(commentEntity, { filters: { author: 'me', createdAfter: '2024-05-01T00:00:00Z' } })).toBe(
			"(userId eq me.id) and (createdOn gt datetime'2024-05-01T00:00:00Z')",
		);
	});

	it('ignores values of filters the operation does not offer', () => {
		const { filterby } = buildListQuery(taskEntity, { filters: { status: [GUID], nameContains: 'x', unknown: 1 } }, { omitFilters: ['status'] });
		expect(filterby).toBe("substringof('x',name)");
	});
});

describe('condition builder', () => {
	it('types the value after the field by default', () => {
		const cases: Array<[unknown, string]> = [
			[{ field: 'name', operator: 'eq', value: 'x' }, "name eq 'x'"],
			[{ field: 'dueOn', operator: 'lt', value: '2024-05-01T10:00:00Z' }, "dueOn lt datetime'2024-05-01T10:00:00Z'"],
			[{ field: 'projectId', operator: 'eq', value: GUID }, `projectId eq guid'${GUID}'`],
			[{ field: 'isPrio', operator: 'eq', value: 'true' }, 'isPrio eq true'],
			[{ field: 'plannedDuration', operator: 'ge', value: '3600' }, 'plannedDuration ge 3600'],
			[{ field: 'description', operator: 'isNull' }, 'description eq null'],
			[{ field: 'name', operator: 'startswith', value: 'Web' }, "startswith(name,'Web')"],
			[{ field: 'unknownPath', operator: 'eq', value: '3' }, "unknownPath eq '3'"],
			[{ field: 'dueOn', operator: 'lt', value: 'today+2d' }, 'dueOn lt today+2d'],
			[{ field: 'updatedOn', operator: 'ge', value: 'SOW' }, 'updatedOn ge sow'],
			[{ field: 'createdBy', operator: 'eq', value: 'me' }, 'createdBy eq me.id'],
			[{ field: 'assignees/id', operator: 'eq', value: 'me' }, 'assignees/any(a: a/id eq me.id)'],
			[{ field: 'name', operator: 'eq', value: 'me' }, "name eq 'me'"],
			[{ field: 'name', operator: 'eq', value: 'today' }, "name eq 'today'"],
		];
		for (const [row, expected] of cases) expect(filterOf(taskEntity, rows([row]))).toBe(expected);
	});

	it('follows an explicit value type', () => {
		expect(filterOf(taskEntity, rows([{ field: 'dueOn', operator: 'lt', valueType: 'special', value: 'today-3d' }]))).toBe('dueOn lt today-3d');
		expect(filterOf(taskEntity, rows([{ field: 'createdBy', operator: 'eq', valueType: 'special', value: 'me' }]))).toBe('createdBy eq me.id');
		expect(filterOf(taskEntity, rows([{ field: 'projectId', operator: 'ne', valueType: 'null' }]))).toBe('projectId ne null');
		expect(filterOf(taskEntity, rows([{ field: 'name', operator: 'eq', valueType: 'number', value: '7' }]))).toBe('name eq 7');
	});

	it('asks fields inside a list with any: positive operators any element, negative ones no element', () => {
		const cases: Array<[unknown, string]> = [
			[{ field: 'tags/name', operator: 'eq', value: 'x' }, "tags/any(t: t/name eq 'x')"],
			[{ field: 'tags/name', operator: 'contains', value: 'x' }, "tags/any(t: substringof('x',t/name))"],
			[{ field: 'tags/name', operator: 'ne', value: 'x' }, "tags/any(t: t/name eq 'x') eq false"],
			[{ field: 'assignees/id', operator: 'isNull' }, 'assignees/any(a: a/id ne null) eq false'],
			[{ field: 'assignees/id', operator: 'isNotNull' }, 'assignees/any(a: a/id ne null)'],
			[{ field: 'assignees/id', operator: 'eq', valueType: 'special', value: 'me' }, 'assignees/any(a: a/id eq me.id)'],
			[{ field: 'project/members/userId', operator: 'eq', valueType: 'special', value: 'me' }, 'project/members/any(m: m/userId eq me.id)'],
		];
		for (const [row, expected] of cases) expect(filterOf(taskEntity, rows([row]))).toBe(expected);
	});

	it('takes Is One Of values comma-separated, as a JSON array, or as an array', () => {
		expect(filterOf(taskEntity, rows([{ field: 'name', operator: 'in', value: 'a, b' }]))).toBe("name in ('a','b')");
		expect(filterOf(taskEntity, rows([{ field: 'name', operator: 'in', value: '["a,1","b"]' }]))).toBe("name in ('a,1','b')");
		expect(filterOf(taskEntity, rows([{ field: 'taskNumber', operator: 'in', value: [1, 2] }]))).toBe('taskNumber in (1,2)');
		expect(filterOf(taskEntity, rows([{ field: 'name', operator: 'in', value: '[not json' }]))).toBe("name in ('[not json')");
	});

	it('ANDs the Match All rows and ORs the Match Any rows, then ANDs both', () => {
		const text = filterOf(
			taskEntity,
			rows([{ field: 'isPrio', operator: 'eq', value: 'true' }, { field: 'name', operator: 'contains', value: 'a' }], [
				{ field: 'taskStatus/type', operator: 'eq', value: 'stuck' },
				{ field: 'dueOn', operator: 'lt', valueType: 'special', value: 'now' },
			]),
		);
		expect(text).toBe("(isPrio eq true) and (substringof('a',name)) and ((taskStatus/type eq 'stuck') or (dueOn lt now))");
		expect(filterOf(taskEntity, rows([], [{ field: 'name', operator: 'eq', value: 'a' }, { field: 'name', operator: 'eq', value: 'b' }]))).toBe(
			"(name eq 'a') or (name eq 'b')",
		);
	});

	it.each<[unknown, string]>([
		[{ field: "name eq 'x'", operator: 'eq', value: 'x' }, "Conditions (Match All #1) field must be a property path"],
		[{ field: 'dueOn', operator: 'lt', value: 'soon' }, "Conditions (Match All #1) must be a date in ISO 8601"],
		[{ field: 'projectId', operator: 'eq', value: 'abc' }, "Conditions (Match All #1) must be an ID (GUID"],
		[{ field: 'plannedDuration', operator: 'eq', value: 'NaN' }, "Conditions (Match All #1) must be a finite number, got 'NaN'"],
		[{ field: 'name', operator: 'like', value: 'x' }, "Conditions (Match All #1) operator must be one of eq, ne, gt, ge, lt, le, contains, startswith, endswith, in, isNull, isNotNull, got 'like'"],
		[{ field: 'name', operator: 'in', value: '' }, 'Conditions (Match All #1) must be at least one value, got []'],
	])('rejects %j naming the row', (row, message) => {
		expect(errorOf(() => filterOf(taskEntity, rows([row]))).message).toContain(message);
	});
});

describe('the three parts and sort', () => {
	it('ANDs typed filters, conditions and the expression, each parenthesised', () => {
		const text = filterOf(taskEntity, {
			filters: { statusType: ['done'], tag: 'a' },
			...rows([], [{ field: 'isPrio', operator: 'eq', value: 'true' }, { field: 'name', operator: 'eq', value: 'x' }]),
			filterExpression: 'plannedDuration gt 0 or plannedDuration eq null',
		});
		expect(text).toBe(
			"((taskStatus/type eq 'done') and (tags/any(t: t/name eq 'a'))) and ((isPrio eq true) or (name eq 'x')) and (plannedDuration gt 0 or plannedDuration eq null)",
		);
		const tree = parseFilter(text!);
		expect(tree).toMatchObject({ kind: 'and', left: { kind: 'and' }, right: { kind: 'or' } });
	});

	it('rejects an expression that would leave its parentheses', () => {
		expect(errorOf(() => filterOf(taskEntity, { filterExpression: 'a eq 1) or (b eq 2' })).message).toMatch(/^Filter Expression must be/);
	});

	it('compiles sort keys and sends only orderby when no filter is set', () => {
		expect(buildListQuery(taskEntity, { sort: { keys: [{ field: 'dueOn', direction: 'desc' }, { field: 'name' }] } })).toEqual({
			orderby: 'dueOn desc,name asc',
		});
	});

	it('leaves out a part the operation does not offer', () => {
		const parameters: ListQueryParameters = { filters: { nameContains: 'x' }, sort: { keys: [{ field: 'name' }] } };
		expect(buildListQuery(taskEntity, parameters, { filter: false })).toEqual({ orderby: 'name asc' });
		expect(buildListQuery(taskEntity, parameters, { sort: false })).toEqual({ filterby: "substringof('x',name)" });
	});
});
