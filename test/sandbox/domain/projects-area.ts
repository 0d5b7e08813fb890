/** Every handler table of the project area, merged (one operation appears in one table only). */
import type { HandlerTable } from '../types';
import { customFieldHandlers } from './customfields';
import { projectRoleHandlers } from './projectroles';
import { projectHandlers } from './projects';
import { projectCustomFieldHandlers } from './projects-customfields';
import { projectMemberHandlers } from './projects-members';
import { projectStatusHandlers } from './projects-status';
import { projectTagHandlers } from './projects-tags';
import { projectWorkflowHandlers } from './projects-workflow';
import { projectStatusCatalogHandlers } from './projectstatuses';
import { projectTemplateHandlers } from './projecttemplates';
import { projectTypeHandlers } from './projecttypes';
import { workflowHandlers } from './workflows';

export const projectsAreaHandlers: HandlerTable = {
	...projectHandlers,
	...projectMemberHandlers,
	...projectStatusHandlers,
	...projectTagHandlers,
	...projectCustomFieldHandlers,
	...projectWorkflowHandlers,
	...projectStatusCatalogHandlers,
	...projectTypeHandlers,
	...projectRoleHandlers,
	...projectTemplateHandlers,
	...workflowHandlers,
	...customFieldHandlers,
};
