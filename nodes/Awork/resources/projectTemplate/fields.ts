/** What Simplify keeps of a project template. */
import type { IDataObject } from 'n8n-workflow';

import { compact, secondsToHours } from '../../shared/output/simplify';

export function simplifyProjectTemplate(template: IDataObject): IDataObject {
	return compact({
		id: template.id,
		name: template.name,
		description: template.description,
		projectTypeId: template.projectTypeId,
		workflowId: template.workflowId,
		isBillableByDefault: template.isBillableByDefault,
		timeBudgetHours: secondsToHours(template.timeBudget),
		hasImage: template.hasImage,
		createdOn: template.createdOn,
		updatedOn: template.updatedOn,
	});
}
