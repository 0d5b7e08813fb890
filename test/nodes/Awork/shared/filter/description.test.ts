/** The n8n parameters `listQueryProperties` builds: names, types, descriptions, load-options methods. */
import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { LIST_QUERY_PARAMETERS, listQueryProperties } from '../../../../../nodes/Awork/shared/filter/description';
import * as entities from '../../../../../nodes/Awork/shared/filter/entities';

type Described = INodeProperties | INodePropertyOptions | INodePropertyCollection;

/** Every property, option and option group below `properties`, with its path for messages. */
function walk(items: readonly Described[], path = ''): Array<[string, Described]> {
	return items.flatMap((item) => {
		const here = `${path}/${'displayName' in item ? item.displayName : item.name}`;
		const children = ('options' in item && Array.isArray(item.options) ? item.options : []) as Described[];
		const values = ('values' in item && Array.isArray(item.values) ? item.values : []) as Described[];
		return [[here, item] as [string, Described], ...walk(children, here), ...walk(values, here)];
	});
}

const byName = (properties: INodeProperties[]) => new Map(properties.map((p) => [p.name, p]));

describe('listQueryProperties', () => {
	const task = listQueryProperties(entities.taskEntity);

	it('gives four top-level properties, the first carrying the one preSend', () => {
		expect(task.map((p) => p.name)).toEqual(Object.values(LIST_QUERY_PARAMETERS));
		expect(task.map((p) => p.type)).toEqual(['collection', 'fixedCollection', 'string', 'fixedCollection']);
		expect(task[0].routing?.send?.preSend).toHaveLength(1);
		expect(task.slice(1).every((p) => p.routing === undefined)).toBe(true);
	});

	it.each(Object.entries(entities))('describes every property and option of %s for people and agents', (_name, entity) => {
		const undescribed = walk(listQueryProperties(entity))
			.filter(([, item]) => !('values' in item)) // option groups are headings
			.filter(([, item]) => ((item as { description?: string }).description ?? '').length < 5)
			.map(([path]) => path);
		expect(undescribed).toEqual([]);
	});

	it('uses the lead’s load-options methods, depending on the project where awork scopes them', () => {
		const filters = byName(task[0].options as INodeProperties[]);
		expect(filters.get('status')?.typeOptions).toEqual({ loadOptionsMethod: 'getTaskStatuses', loadOptionsDependsOn: ['project.value'] });
		expect(filters.get('taskList')?.typeOptions).toEqual({ loadOptionsMethod: 'getTaskLists', loadOptionsDependsOn: ['project.value'] });
		expect(filters.get('typeOfWork')?.typeOptions).toMatchObject({ loadOptionsMethod: 'getTypesOfWork' });
		const project = byName(listQueryProperties(entities.projectEntity)[0].options as INodeProperties[]);
		expect(project.get('status')?.typeOptions).toMatchObject({ loadOptionsMethod: 'getProjectStatuses' });
		expect(project.get('type')?.typeOptions).toMatchObject({ loadOptionsMethod: 'getProjectTypes' });
	});

	it('offers dates as dateTime, flags as booleans, and the filters in alphabetical order', () => {
		const options = task[0].options as INodeProperties[];
		const filters = byName(options);
		expect(['dueBefore', 'dueAfter', 'updatedSince'].map((n) => filters.get(n)?.type)).toEqual(['dateTime', 'dateTime', 'dateTime']);
		expect(filters.get('done')).toMatchObject({ type: 'boolean', default: true });
		expect(filters.get('statusType')?.options?.map((o) => (o as INodePropertyOptions).value).sort()).toEqual(
			['done', 'progress', 'review', 'stuck', 'todo'],
		);
		const names = options.map((o) => o.displayName);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});

	it('offers the model’s fields in the condition builder, in two groups', () => {
		const conditions = task[1];
		expect(conditions.typeOptions).toEqual({ multipleValues: true });
		const groups = conditions.options as INodePropertyCollection[];
		expect(groups.map((g) => [g.name, g.displayName])).toEqual([
			['all', 'Match All (AND)'],
			['any', 'Match Any (OR)'],
		]);
		const field = groups[0].values.find((v) => v.name === 'field')!;
		expect(field.options).toHaveLength(entities.taskEntity.fields.length);
		expect(field.options).toContainEqual({ name: 'Task Status > Type', value: 'taskStatus/type', description: 'taskStatus/type: text' });
		expect(field.options).toContainEqual({
			name: 'Assignees > ID',
			value: 'assignees/id',
			description: "assignees/id: ID (GUID), in each element of the list 'assignees'",
		});
		expect(field.default).toBe('name');
		expect(groups[0].values.map((v) => v.name)).toEqual(['field', 'operator', 'valueType', 'value']);
	});

	it('gives only what the resource asks for, or what the endpoints take', () => {
		const sortOnly = listQueryProperties(entities.taskEntity, { filter: false });
		expect(sortOnly.map((p) => p.name)).toEqual(['sort']);
		expect(sortOnly[0].routing?.send?.preSend).toHaveLength(1);
		expect(listQueryProperties(entities.taskEntity, { filter: false, sort: false })).toEqual([]);
		expect(listQueryProperties(entities.checklistItemEntity)).toEqual([]);
		const withoutProject = listQueryProperties(entities.taskEntity, { omitFilters: ['status', 'taskList'] });
		expect((withoutProject[0].options as INodeProperties[]).map((o) => o.name)).not.toEqual(expect.arrayContaining(['status']));
		expect((withoutProject[0].options as INodeProperties[]).some((o) => o.name === 'taskList')).toBe(false);
	});

	it('defaults every property to its empty value', () => {
		expect(task.map((p) => p.default)).toEqual([{}, {}, '', {}]);
	});
});
