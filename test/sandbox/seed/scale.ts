/**
 * How big a seeded workspace is. Every seed step receives the same resolved scale, so the demo,
 * the empty and the large workspaces differ only in these numbers.
 */
import type { LargeWorkspaceOptions, SandboxOptions } from '../types';

export type WorkspaceScale = Required<LargeWorkspaceOptions>;

/** A small, realistic agency workspace (what `npm start` and most tests see). */
export const DEMO_SCALE: Readonly<WorkspaceScale> = Object.freeze({
	users: 8,
	companies: 6,
	projects: 10,
	tasks: 120,
	timeEntries: 400,
});

/** Only the API user and the workspace defaults the API needs (statuses, types, roles). */
export const EMPTY_SCALE: Readonly<WorkspaceScale> = Object.freeze({
	users: 0,
	companies: 0,
	projects: 0,
	tasks: 0,
	timeEntries: 0,
});

/** Fills what a large-workspace request leaves out, sized to match 10,000 tasks / 50,000 entries. */
export const LARGE_DEFAULTS: Readonly<WorkspaceScale> = Object.freeze({
	users: 60,
	companies: 150,
	projects: 400,
	tasks: 10_000,
	timeEntries: 50_000,
});

/** Resolves `SandboxOptions.workspace` (default demo) to concrete, non-negative whole numbers. */
export function resolveScale(workspace: SandboxOptions['workspace'] = 'demo'): WorkspaceScale {
	if (workspace === 'demo') return { ...DEMO_SCALE };
	if (workspace === 'empty') return { ...EMPTY_SCALE };
	const scale = { ...LARGE_DEFAULTS };
	for (const key of Object.keys(scale) as Array<keyof WorkspaceScale>) {
		const requested = workspace[key];
		if (requested === undefined) continue;
		if (!Number.isFinite(requested) || requested < 0) {
			throw new RangeError(`workspace.${key} must be a non-negative number, got ${requested}`);
		}
		scale[key] = Math.floor(requested);
	}
	return scale;
}
