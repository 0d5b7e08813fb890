/**
 * The time-tracking and workspace entities (time entries, companies, users, absences, teams,
 * templates, types, files): what their typed filters compile to, which records the sandbox's
 * filter engine then selects (with the real response item schema of the endpoint), the new filter
 * kinds (`boolean`, `containsAny`, `contains` inside a collection), and what the spec offers.
 */
import { readFileSync } from 'fs';
import type { IDataObject } from 'n8n-workflow';

import { buildListQuery } from '../../../../../nodes/Awork/shared/filter/description';
import * as filter from '../../../../../nodes/Awork/shared/filter';
import type { ListQueryEntity } from '../../../../../nodes/Awork/shared/filter/entities';
import { FilterInputError } from '../../../../../nodes/Awork/shared/filter/literal';
import { compileTypedFilter, typedFilterProperty, type TypedFilter } from '../../../../../nodes/Awork/shared/filter/typedFilters';
import { defaultSpecPath } from '../../../../../scripts/generate-filter-fields';
import { compileFilter } from '../../../../sandbox/query';
import { loadSpecs } from '../../../../sandbox/spec/load';
import { listOperations } from '../../../../sandbox/spec/operations';
import { responseItemSchema } from '../../../../sandbox/spec/response';

const ME = '0a0a0a0a-0000-4a5b-8c9d-0123456789ab';
const OTHER = '1b3f4c5d-0000-4a5b-8c9d-0123456789ab';
const PROJECT = '2c4e6a8b-1111-4a5b-8c9d-0123456789ab';
const specs = loadSpecs();

const filterOf = (entity: ListQueryEntity, filters: Record<string, unknown>) =>
	buildListQuery(entity, { filters: filters as IDataObject }).filterby;

/** The ids of `records` the sandbox's filter engine keeps for the filters, on `path`'s item schema. */
function select(entity: ListQueryEntity, path: string, records: Array<Record<string, unknown>>, filters: Record<string, unknown>) {
	const op = listOperations(specs).find((o) => o.api === 'v1' && o.method === 'GET' && o.pathTemplate === path)!;
	const filterby = filterOf(entity, filters);
	expect(filterby).toBeTruthy();
	const keep = compileFilter(filterby!, { meId: ME, now: new Date('2025-03-10T12:00:00Z'), itemSchema: responseItemSchema(op, specs)! });
	return records.filter(keep).map((record) => record.id);
}

describe('the index exports every entity of this round', () => {
	it.each([
		'timeEntryEntity',
		'companyEntity',
		'userEntity',
		'absenceEntity',
		'teamEntity',
		'projectTemplateEntity',
		'projectTypeEntity',
		'typeOfWorkEntity',
		'fileEntity',
	])('%s', (name) => {
		const entity = (filter as unknown as Record<string, ListQueryEntity>)[name];
		expect(entity.filterable && entity.sortable).toBe(true);
		expect(filter.listQueryProperties(entity).map((p) => p.name)).toEqual(['filters', 'conditions', 'filterExpression', 'sort']);
	});

	it('has no custom field definition entity: those lists take no filterby', () => {
		expect(Object.keys(filter).filter((name) => /customfield/i.test(name))).toEqual([]);
	});
});

describe('new typed filter kinds', () => {
	const billable: TypedFilter = { kind: 'boolean', name: 'b', displayName: 'Billable', field: 'isBillable', description: '' };
	const name: TypedFilter = { kind: 'containsAny', name: 'n', displayName: 'Name', fields: ['firstName', 'lastName'], description: '' };
	const email: TypedFilter = {
		kind: 'contains',
		name: 'e',
		displayName: 'Email',
		collection: 'userContactInfos',
		field: 'value',
		where: { field: 'type', equals: 'email' },
		description: '',
	};
	const compile = (typed: TypedFilter, value: unknown) => {
		const node = compileTypedFilter(typed, value);
		return node && filter.compileFilter(node);
	};

	it('boolean: a switch, on → eq true, off → eq false, text from an expression too, empty → nothing', () => {
		expect(typedFilterProperty(billable)).toEqual(expect.objectContaining({ type: 'boolean', default: true }));
		expect(compile(billable, true)).toBe('isBillable eq true');
		expect(compile(billable, false)).toBe('isBillable eq false');
		expect(compile(billable, 'false')).toBe('isBillable eq false');
		expect(compile(billable, '')).toBeUndefined();
		expect(() => compile(billable, 'yes')).toThrow(FilterInputError);
		expect(() => compile(billable, 'yes')).toThrow(/Billable must be true or false/);
	});

	it('containsAny: the text in any of the fields, quoted once per field', () => {
		expect(typedFilterProperty(name)).toEqual(expect.objectContaining({ type: 'string', default: '' }));
		expect(compile(name, "O'Neil")).toBe("(substringof('O''Neil',firstName)) or (substringof('O''Neil',lastName))");
		expect(compile(name, '')).toBeUndefined();
	});

	it('contains in a collection, on the elements of one type only', () => {
		expect(compile(email, '@example.com')).toBe("userContactInfos/any(u: (u/type eq 'email') and (substringof('@example.com',u/value)))");
		const { where: _where, ...anyElement } = email as Extract<TypedFilter, { kind: 'contains' }>;
		expect(compile(anyElement, 'x')).toBe("userContactInfos/any(u: substringof('x',u/value))");
		expect(compile(email, undefined)).toBeUndefined();
	});
});

describe('time entries', () => {
	const entries = [
		{ id: 'a', projectId: PROJECT, taskId: OTHER, userId: ME, isBillable: true, isBilled: false, startDateUtc: '2025-03-01T00:00:00Z', note: 'Sitemap draft' },
		{ id: 'b', projectId: PROJECT, taskId: null, userId: OTHER, isBillable: false, isBilled: false, startDateUtc: '2025-03-05T00:00:00Z', note: null },
		{ id: 'c', projectId: null, taskId: null, userId: ME, isBillable: true, isBilled: true, startDateUtc: '2025-02-27T00:00:00Z', note: 'call' },
	];
	const pick = (filters: Record<string, unknown>) => select(filter.timeEntryEntity, '/timeentries', entries, filters);

	it('compiles project, task, user (with me), dates, billable, billed and note', () => {
		expect(filterOf(filter.timeEntryEntity, { project: PROJECT, user: 'me', billable: true })).toBe(
			`(projectId eq guid'${PROJECT}') and (userId eq me.id) and (isBillable eq true)`,
		);
		expect(filterOf(filter.timeEntryEntity, { startedFrom: '2025-03-01', startedBefore: '2025-04-01T00:00:00Z' })).toBe(
			"(startDateUtc ge datetime'2025-03-01T00:00:00Z') and (startDateUtc lt datetime'2025-04-01T00:00:00Z')",
		);
	});

	it('selects the matching entries in the sandbox', () => {
		expect(pick({ project: PROJECT })).toEqual(['a', 'b']);
		expect(pick({ task: OTHER })).toEqual(['a']);
		expect(pick({ user: 'me' })).toEqual(['a', 'c']);
		expect(pick({ user: `${OTHER}, me` })).toEqual(['a', 'b', 'c']);
		expect(pick({ startedFrom: '2025-03-01T00:00:00Z', startedBefore: '2025-03-05T00:00:00Z' })).toEqual(['a']);
		expect(pick({ billable: true })).toEqual(['a', 'c']);
		expect(pick({ billable: false })).toEqual(['b']);
		expect(pick({ billed: false, user: 'me' })).toEqual(['a']);
		expect(pick({ noteContains: 'Sitemap' })).toEqual(['a']);
		expect(pick({ noteContains: 'sitemap' })).toEqual([]); // text compares case-sensitively (awork documents tolower for the other way)
	});

	it('covers /timeentries and the project and task lists (there is no per-user list)', () => {
		expect(filter.timeEntryEntity.endpoints.map((e) => e.path).sort()).toEqual([
			'/projects/{projectId}/timeentries',
			'/tasks/{taskId}/timeentries',
			'/timeentries',
		]);
		expect(filter.timeEntryEntity.endpoints.every((e) => e.filterby && e.orderby && e.paging)).toBe(true);
	});
});

describe('users', () => {
	const users = [
		{ id: 'carla', firstName: 'Carla', lastName: 'Creative', isArchived: false, isDeactivated: false, position: 'Designer',
			userContactInfos: [{ type: 'email', value: 'carla@example.com' }, { type: 'phone', value: '+49 example' }],
			teams: [{ id: OTHER, name: 'Design' }], tags: [{ name: 'lead' }] },
		{ id: 'neil', firstName: 'Neil', lastName: 'Carlsen', isArchived: true, isDeactivated: true, position: null,
			userContactInfos: [{ type: 'phone', value: 'example.com' }], teams: [], tags: [] },
	];
	const pick = (filters: Record<string, unknown>) => select(filter.userEntity, '/users', users, filters);

	it('name contains matches the first or the last name', () => {
		expect(pick({ nameContains: 'Carl' })).toEqual(['carla', 'neil']);
		expect(pick({ nameContains: 'Neil' })).toEqual(['neil']);
	});

	it('email contains looks only at contact infos of type email', () => {
		expect(pick({ emailContains: 'example.com' })).toEqual(['carla']);
	});

	it('team, tag, position, archived and deactivated', () => {
		expect(pick({ team: [OTHER] })).toEqual(['carla']);
		expect(pick({ tag: 'lead' })).toEqual(['carla']);
		expect(pick({ positionContains: 'sign' })).toEqual(['carla']);
		expect(pick({ archived: true })).toEqual(['neil']);
		expect(pick({ deactivated: false })).toEqual(['carla']);
	});
});

describe('companies, absences, files and the named entities', () => {
	it('companies: name, tag, industry (exact, several) and created since', () => {
		const companies = [
			{ id: 'n', name: 'NCNSTN', industry: 'Brand Agency', createdOn: '2025-01-01T00:00:00Z', tags: [{ name: 'client' }] },
			{ id: 'm', name: 'Mono', industry: 'Software', createdOn: '2024-01-01T00:00:00Z', tags: [] },
		];
		const pick = (filters: Record<string, unknown>) => select(filter.companyEntity, '/companies', companies, filters);
		expect(pick({ nameContains: 'Mon' })).toEqual(['m']);
		expect(pick({ tag: 'client' })).toEqual(['n']);
		expect(pick({ industry: 'Brand Agency' })).toEqual(['n']);
		expect(pick({ industry: 'Brand Agency, Software' })).toEqual(['n', 'm']);
		expect(pick({ createdSince: '2024-06-01T00:00:00Z' })).toEqual(['n']);
	});

	it('absences: user and the two bounds that together select the absences overlapping a period', () => {
		const absences = [
			{ id: 'feb', userId: ME, startOn: '2025-02-20T00:00:00Z', endOn: '2025-03-02T00:00:00Z', description: 'Vacation' },
			{ id: 'mar', userId: OTHER, startOn: '2025-03-10T00:00:00Z', endOn: '2025-03-12T00:00:00Z', description: 'Sick' },
			{ id: 'apr', userId: ME, startOn: '2025-04-02T00:00:00Z', endOn: '2025-04-03T00:00:00Z', description: null },
		];
		const pick = (filters: Record<string, unknown>) => select(filter.absenceEntity, '/absences', absences, filters);
		expect(pick({ endsOnOrAfter: '2025-03-01T00:00:00Z', startsBefore: '2025-04-01T00:00:00Z' })).toEqual(['feb', 'mar']);
		expect(pick({ user: 'me' })).toEqual(['feb', 'apr']);
		expect(pick({ reasonContains: 'Vaca' })).toEqual(['feb']);
	});

	it('files: names, MIME type, uploader and date, on every file list', () => {
		const files = [
			{ id: 'pdf', name: 'Report', fileName: 'report.pdf', mimeType: 'application/pdf', createdBy: ME, createdOn: '2025-03-01T00:00:00Z' },
			{ id: 'png', name: null, fileName: 'logo.png', mimeType: 'image/png', createdBy: OTHER, createdOn: '2025-01-01T00:00:00Z' },
		];
		for (const endpoint of filter.fileEntity.endpoints) {
			const pick = (filters: Record<string, unknown>) => select(filter.fileEntity, endpoint.path, files, filters);
			expect(pick({ nameContains: 'Rep' })).toEqual(['pdf']);
			expect(pick({ fileNameContains: '.png' })).toEqual(['png']);
			expect(pick({ mimeTypeContains: 'image/' })).toEqual(['png']);
			expect(pick({ uploadedBy: 'me' })).toEqual(['pdf']);
			expect(pick({ createdSince: '2025-02-01T00:00:00Z' })).toEqual(['pdf']);
		}
		expect(filter.fileEntity.endpoints.map((e) => e.path)).toEqual(
			expect.arrayContaining(['/projects/{projectId}/files', '/projects/{projectId}/allfiles', '/tasks/{taskId}/files', '/users/{userId}/files']),
		);
		// awork has no list of a company's files, only single files by ID.
		expect(filter.fileEntity.endpoints.some((e) => e.path.startsWith('/companies'))).toBe(false);
	});

	it('types of work and project types: name contains and archived', () => {
		const types = [
			{ id: 'design', name: 'Design', isArchived: false },
			{ id: 'old', name: 'Old design', isArchived: true },
		];
		expect(select(filter.typeOfWorkEntity, '/typeofwork', types, { nameContains: 'esign', archived: false })).toEqual(['design']);
		expect(select(filter.projectTypeEntity, '/projecttypes', types, { archived: true })).toEqual(['old']);
	});

	it('project templates: name, project type and workflow; teams: name', () => {
		const templates = [
			{ id: 't1', name: 'Website', projectTypeId: PROJECT, workflowId: OTHER },
			{ id: 't2', name: 'Campaign', projectTypeId: null, workflowId: null },
		];
		const pick = (filters: Record<string, unknown>) => select(filter.projectTemplateEntity, '/projecttemplates', templates, filters);
		expect(pick({ projectType: [PROJECT] })).toEqual(['t1']);
		expect(pick({ workflow: [OTHER] })).toEqual(['t1']);
		expect(pick({ nameContains: 'Camp' })).toEqual(['t2']);
		expect(select(filter.teamEntity, '/teams', [{ id: 'd', name: 'Design' }, { id: 's', name: 'Sales' }], { nameContains: 'Sal' })).toEqual(['s']);
	});

	it("a project's types of work take no filterby: the entity marks that endpoint", () => {
		expect(filter.typeOfWorkEntity.endpoints).toEqual(
			expect.arrayContaining([
				{ path: '/projects/{projectId}/typeofwork', filterby: false, orderby: false, paging: false },
				{ path: '/typeofwork', filterby: true, orderby: true, paging: true },
			]),
		);
	});
});

describe('what the spec says about lists left out', () => {
	const spec = JSON.parse(readFileSync(defaultSpecPath(), 'utf8'));
	const parameterNames = (path: string): string[] => {
		const item = spec.paths[path];
		return [...(item.parameters ?? []), ...(item.get?.parameters ?? [])].map((p: Record<string, string>) =>
			String(p.name ?? spec.components.parameters[p.$ref.split('/').pop()!].name).toLowerCase(),
		);
	};

	it('custom field definition lists take no filterby or orderby', () => {
		const lists = Object.keys(spec.paths).filter((path) => /customfielddefinitions$/.test(path) && spec.paths[path].get);
		expect(lists.length).toBeGreaterThan(0);
		for (const path of lists) expect(parameterNames(path)).not.toEqual(expect.arrayContaining(['filterby']));
	});

	it('there is no per-user list of time entries or absences, and no list of company files', () => {
		expect(spec.paths['/users/{userId}/timeentries']?.get).toBeUndefined();
		expect(spec.paths['/users/{userId}/absences']?.get).toBeUndefined();
		expect(spec.paths['/companies/{companyId}/files']?.get).toBeUndefined();
	});
});
