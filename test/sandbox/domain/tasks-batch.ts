/**
 * awork's batch answer: 204 when every item succeeded, 207 with a MultiStatusResult when some
 * failed, 400 when none succeeded (nothing changed, so the request as a whole was bad).
 */
import { ApiError } from '../http/errors';
import type { SandboxResponse } from '../types';

export class BatchOutcome {
	readonly ok: string[] = [];
	readonly notFound: string[] = [];
	readonly badRequest: string[] = [];
	private readonly reasons: string[] = [];

	/** Runs one item; a thrown ApiError is recorded against the item's id instead of failing the batch. */
	run(id: string, work: () => void): void {
		try {
			work();
			this.ok.push(id);
		} catch (error) {
			if (!(error instanceof ApiError)) throw error;
			(error.status === 404 ? this.notFound : this.badRequest).push(id);
			this.reasons.push(`${id}: ${error.description}`);
		}
	}

	respond(): SandboxResponse {
		const failed = this.notFound.length + this.badRequest.length;
		if (failed === 0) return { status: 204 };
		if (this.ok.length === 0) {
			throw new ApiError(400, 'invalid-batch-operation', 'None of the items of the batch could be processed.', undefined, this.reasons);
		}
		return {
			status: 207,
			body: {
				ok: { ids: this.ok },
				notFound: { ids: this.notFound },
				unauthorized: { ids: [] },
				badRequest: { ids: this.badRequest },
			},
		};
	}
}
