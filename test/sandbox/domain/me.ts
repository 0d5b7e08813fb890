/** `/me` and `/users/me`: the user the API key acts as, with its workspace (`UserAndWorkspace`). */
import type { HandlerContext, HandlerTable, SandboxRequest } from '../types';
import { collections } from './people-models';
import { workspaceOf, workspaceUrl } from './people-shared';
import { withoutInternals } from './shared/internals';

function me(req: SandboxRequest, ctx: HandlerContext) {
	const user = collections.users(ctx.store).require(req.userId);
	const workspace = workspaceOf(ctx.store);
	return {
		status: 200,
		body: { ...withoutInternals(user), accountId: null, workspace: { id: workspace.id, name: workspace.name, url: workspaceUrl(workspace) } },
	};
}

export const meHandlers: HandlerTable = {
	'GET /me': me,
	'GET /users/me': me,
};
