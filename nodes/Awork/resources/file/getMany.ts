/** GET /tasks/{id}/files or /projects/{id}/files (…/allfiles with the project's task files), filtered and sorted by awork, paged to the floor. */
import { operation } from '../../shared/descriptions/operation';
import type { Field } from '../../shared/fields/field';
import { shown } from '../../shared/fields/structured';
import { fileEntity, listQueryProperties } from '../../shared/filter';
import { inputError } from '../../shared/fields/inputError';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { fileParentFields, simplifyFile } from './fields';

/** Only for a project: its own files, or (awork's `allfiles`) those of its tasks too. */
const includeTaskFiles: Field = {
	property: {
		displayName: 'Include Task Files',
		name: 'includeTaskFiles',
		type: 'boolean',
		default: false,
		description: 'Whether to list the files attached to the project’s tasks as well as the project’s own files',
		displayOptions: { show: { parent: ['project'] } },
	},
	apply(context, path) {
		context.values._list = 'files';
		if (context.values._parentType !== 'project') return;
		const raw = context.fn.getNodeParameter(path, false) as unknown;
		if (raw !== undefined && typeof raw !== 'boolean') throw inputError(context.node, context.itemIndex, 'Include Task Files', 'true or false', raw);
		if (raw === true) context.values._list = 'allfiles';
	},
};

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many files',
	description: 'List the files of a task or a project, filtered and sorted (awork lists no company files; use Get with a file ID there)',
	method: 'GET',
	path: '/{_parent}/{_parentId}/{_list}',
	pathChoices: { _parent: ['tasks', 'projects'], _list: ['files'] },
	paged: true,
	// awork has no list of a company's files.
	fields: [...fileParentFields(['task', 'project']), includeTaskFiles, ...listQueryProperties(fileEntity).map(shown), simplifyField],
	output: [simplifyOutput(simplifyFile)],
});
