/** Project statuses and task statuses, listed per project, workflow, template or workspace. */
import { operationSelector } from '../../shared/descriptions/operation';
import { getManyProjectStatuses } from './getManyProjectStatuses';
import { getManyTaskStatuses } from './getManyTaskStatuses';

export const statusProperties = operationSelector('status', [getManyProjectStatuses, getManyTaskStatuses], 'getManyTaskStatuses');
