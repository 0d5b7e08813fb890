/** The project resource: its operations in the order the editor lists them. */
import { operationSelector } from '../../shared/descriptions/operation';
import { addMember } from './addMember';
import { addTags } from './addTags';
import { changeStatus } from './changeStatus';
import { changeType } from './changeType';
import { close } from './close';
import { create } from './create';
import { deleteProject } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { getMembers } from './getMembers';
import { removeMember } from './removeMember';
import { removeTags } from './removeTags';
import { setCustomFields } from './setCustomFields';
import { setProjectKey } from './setProjectKey';
import { update } from './update';
import { updateMember } from './updateMember';

export const projectProperties = operationSelector(
	'project',
	[
		addMember,
		addTags,
		changeStatus,
		changeType,
		close,
		create,
		deleteProject,
		get,
		getMany,
		getMembers,
		removeMember,
		removeTags,
		setCustomFields,
		setProjectKey,
		update,
		updateMember,
	],
	'get',
);
