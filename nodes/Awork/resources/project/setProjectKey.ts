/** POST /projects/{id}/setprojectkey: a new key, checked against awork's format first. */
import { operation } from '../../shared/descriptions/operation';
import type { Field } from '../../shared/fields/field';
import { baseProperty, isBlank, readParameter } from '../../shared/fields/field';
import { inputError } from '../../shared/fields/inputError';
import { locator } from '../../shared/locators/locator';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyProject } from './fields';

/** awork's rule for a key set on an existing project (UpdateProjectKeyForm). */
export const PROJECT_KEY_PATTERN = /^[A-Z0-9-]{1,32}$/;
const KEY_EXPECTED = '1 to 32 upper-case letters (A-Z), digits and dashes, e.g. WEB-2';

/** The key, upper-cased (keys are unique regardless of case), then checked. */
const projectKeyField: Field = {
	property: {
		...baseProperty({
			name: 'projectKey',
			displayName: 'Project Key',
			description: `The new key of the project: ${KEY_EXPECTED}. Must not be used by another project; task numbers follow it (WEB-12).`,
			required: true,
			placeholder: 'e.g. WEB',
		}),
		type: 'string',
		default: '',
	},
	apply(context, path) {
		const raw = readParameter(context, path);
		if (isBlank(raw) || (typeof raw !== 'string' && typeof raw !== 'number')) {
			throw inputError(context.node, context.itemIndex, 'Project Key', KEY_EXPECTED, raw);
		}
		const key = String(raw).trim().toUpperCase();
		if (!PROJECT_KEY_PATTERN.test(key)) throw inputError(context.node, context.itemIndex, 'Project Key', KEY_EXPECTED, raw);
		context.values.projectKey = key;
	},
};

export const setProjectKey = operation({
	value: 'setProjectKey',
	name: 'Set Project Key',
	action: 'Set the key of a project',
	description: "Change a project's key (the prefix of its task numbers); awork renumbers the project's task identifiers",
	method: 'POST',
	path: '/projects/{projectId}/setprojectkey',
	fields: [locator('project'), projectKeyField, simplifyField],
	output: [simplifyOutput(simplifyProject)],
});
