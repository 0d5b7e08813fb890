import { readFileSync } from 'fs';
import * as path from 'path';
import { ApiError } from '../http/errors';
import { compileFilter } from './evaluate';
import { compileOrder } from './order';
import type { ItemSchema } from './schema';

const components: Record<string, object> = {
	Task: {
		type: 'object',
		additionalProperties: false,
		properties: {
			id: { type: 'string', format: 'uuid' },
			name: { type: 'string' },
			dueOn: { type: 'string', format: 'date-time', nullable: true },
			plannedDuration: { type: 'integer', format: 'int32' },
			isPrio: { type: 'boolean' },
			company: { $ref: '#/components/schemas/Company' },
			tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } },
			labels: { type: 'array', items: { type: 'string' } },
			extra: { type: 'object' },
		},
	},
	Company: {
		allOf: [
			{ $ref: '#/components/schemas/Named' },
			{ type: 'object', properties: { address: { type: 'object', properties: { city: { type: 'string' } } } } },
		],
	},
	Named: { type: 'object', additionalProperties: false, properties: { name: { type: 'string' } } },
	Tag: { type: 'object', additionalProperties: false, properties: { name: { type: 'string' }, color: { type: 'string' } } },
};

function resolver(schemas: Record<string, any>) {
	return (ref: string) => {
		const name = ref.replace('#/components/schemas/', '');
		if (!schemas[name]) throw new Error(`unresolvable ${ref}`);
		return schemas[name];
	};
}

const taskSchema: ItemSchema = { schema: { $ref: '#/components/schemas/Task' }, resolve: resolver(components) };
const ME = 'aaaaaaaa-1111-4111-8111-aaaaaaaaaaaa';
const ctx = (itemSchema: ItemSchema) => ({ meId: ME, now: new Date('2024-05-15T10:30:00Z'), itemSchema });

function rejection(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof ApiError) {
			expect(error.status).toBe(400);
			expect(error.code).toBe('invalid-filter-or-order');
			return error.description;
		}
		throw error;
	}
	throw new Error('expected a rejection');
}

const filterRejection = (filter: string, schema = taskSchema) => rejection(() => compileFilter(filter, ctx(schema)));
const orderRejection = (order: string, schema = taskSchema) => rejection(() => compileOrder(order, { itemSchema: schema }));

describe('property checking against the item schema', () => {
	const task = {
		id: 'aaaaaaaa-0000-4000-8000-000000000001',
		name: 'Alpha',
		dueOn: '2024-05-15T08:00:00Z',
		plannedDuration: 5,
		isPrio: true,
		company: { name: 'awork', address: { city: 'Hamburg' } },
		tags: [{ name: 'Draft' }],
		labels: ['urgent'],
		extra: { anything: 1 },
	};

	it('accepts known paths in any letter case, through $ref, allOf, nested objects and arrays', () => {
		const accepted = [
			"NAME eq 'Alpha'",
			"Company/Name eq 'awork'",
			"company/address/city eq 'Hamburg'",
			"tags/any(t: t/NAME eq 'Draft')",
			"labels/any(l: l eq 'urgent')",
			'extra/anything eq 1',
			'dueOn eq today and id ne me.id and isPrio',
			"id eq guid'AAAAAAAA-0000-4000-8000-000000000001'",
		];
		for (const filter of accepted) expect([filter, compileFilter(filter, ctx(taskSchema))(task)]).toEqual([filter, true]);
	});

	it('rejects unknown properties, naming them', () => {
		expect(filterRejection('fooBar eq 1')).toMatch(/the property 'fooBar' does not exist/);
		expect(filterRejection("company/foo eq 'x'")).toMatch(/'company\/foo' does not exist/);
		expect(filterRejection("tags/any(t: t/nope eq 'x')")).toMatch(/'t\/nope' does not exist/);
		expect(filterRejection("name/length eq 1")).toMatch(/'name\/length' does not exist \('name' has no properties\)/);
		expect(filterRejection("tags/name eq 'x'")).toMatch(/'tags\/name' goes through the collection 'tags'; use any\(\) or count\(\)/);
		expect(filterRejection('name/any()')).toMatch(/'name' is not a collection/);
	});

	it('rejects internal _-prefixed fields even without a schema', () => {
		const description = rejection(() => compileFilter('_bytes eq null', { meId: ME, now: new Date() }));
		expect(description).toMatch(/'_bytes' does not exist/);
	});

	it('requires the documented datetime and guid prefixes for date and uuid properties', () => {
		expect(filterRejection("id eq 'aaaaaaaa-0000-4000-8000-000000000001'")).toMatch(/Guid value must be written as guid'...'/);
		expect(filterRejection("dueOn gt '2024-01-01'")).toMatch(/DateTime value must be written as datetime'...'/);
	});

	it('rejects comparisons between incompatible types', () => {
		expect(filterRejection("plannedDuration eq 'x'")).toMatch(/cannot compare number with string/);
		expect(filterRejection('isPrio eq 1')).toMatch(/cannot compare boolean with number/);
		expect(filterRejection('dueOn gt 5')).toMatch(/cannot compare date with number/);
		expect(filterRejection('company eq null')).toMatch(/cannot compare a complex object/);
		expect(filterRejection('name')).toMatch(/expected a condition but found a string value/);
	});

	it('checks orderby paths the same way', () => {
		expect(compileOrder('Company/Name desc,NAME', { itemSchema: taskSchema })([task])).toEqual([task]);
		expect(orderRejection('fooBar')).toMatch(/Invalid orderby: the property 'fooBar' does not exist/);
		expect(orderRejection('company/zip desc')).toMatch(/'company\/zip' does not exist/);
		expect(orderRejection('tags')).toMatch(/'tags' is a collection and cannot be ordered by/);
		expect(orderRejection('company')).toMatch(/'company' is a complex object/);
		expect(orderRejection('tags/name')).toMatch(/goes through the collection/);
	});
});

describe('property checking against the official spec', () => {
	const specPath =
		process.env.AWORK_OPENAPI_V1 ?? path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'awork-api', 'openapi-v1.json');
	const spec = JSON.parse(readFileSync(specPath, 'utf8'));
	const resolve = (ref: string) => ref.replace(/^#\//, '').split('/').reduce((node: any, key) => node[key], spec);
	const itemSchemaOf = (listPath: string): ItemSchema => ({
		schema: spec.paths[listPath].get.responses['200'].content['application/json'].schema.items,
		resolve,
	});

	it('accepts the documented examples on their endpoints', () => {
		const examples: Array<[string, string]> = [
			['/users', "firstName eq 'Sebastian'"],
			['/users', "not firstName eq 'Sebastian'"],
			['/users', "birthDate ge datetime'2018-04-03T00:00'"],
			['/users', "id eq guid'12345678-aaaa-bbbb-cccc-ddddeeeeffff'"],
			['/users', 'id eq me.id'],
			['/users', "substringof('Neil',firstName)"],
			['/projects', "company/name eq 'awork'"],
			['/projects', 'plannedDuration le 200 and plannedDuration gt 3.5'],
			['/projects', "members/any(p: p/firstName eq 'Neil')"],
			['/projects', "members/count(m: m/firstName eq 'Neil') gt 0"],
			['/projects', 'members/count() lt 10'],
			['/projects', "tolower(name) eq 'website'"],
			['/me/allavailabletasks', "lists/any(l: l/name eq 'Draft') eq false"],
			['/me/allavailabletasks', "name eq 'user''s task'"],
			['/me/allavailabletasks', "tags/any(t: t/name in ('Draft','In Progress'))"],
			['/me/allavailabletasks', 'dueOn gt today-30d and dueOn lt eom'],
			['/timeentries', 'isBillable eq true and isBilled eq false'],
		];
		for (const [listPath, filter] of examples) {
			expect(() => compileFilter(filter, ctx(itemSchemaOf(listPath)))).not.toThrow();
		}
		expect(() => compileOrder('LastName,FirstName desc', { itemSchema: itemSchemaOf('/users') })).not.toThrow();
		expect(() => compileOrder('ProjectStatus/Type desc', { itemSchema: itemSchemaOf('/projects') })).not.toThrow();
	});

	it('rejects properties the spec model does not have', () => {
		expect(filterRejection('fooBar eq 1', itemSchemaOf('/projects'))).toMatch(/'fooBar'/);
		// the docs' "duration" example does not exist on the project model
		expect(filterRejection('duration le 6000', itemSchemaOf('/projects'))).toMatch(/'duration' does not exist/);
		expect(orderRejection('status/foo', itemSchemaOf('/users'))).toMatch(/'status\/foo' does not exist/);
	});
});
