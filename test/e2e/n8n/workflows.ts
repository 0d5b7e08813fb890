/**
 * Turning a shipped example into a workflow a headless n8n can run, and reading its executions:
 * the manual or schedule trigger becomes a Webhook node (responding with the last node's items),
 * every awork credential reference points at the credential the suite created.
 */
import { randomUUID } from 'crypto';
import { readFileSync } from 'fs';
import type { IDataObject } from 'n8n-workflow';

import type { CredentialRef, Execution, WorkflowJson } from '../../../scripts/n8n/rest';
import { AWORK_TRIGGER } from './context';

const STARTED_BY_CALL = ['n8n-nodes-base.manualTrigger', 'n8n-nodes-base.scheduleTrigger'];

export function readWorkflow(file: string): WorkflowJson {
	return JSON.parse(readFileSync(file, 'utf8')) as WorkflowJson;
}

/** A Webhook node that answers with every item of the workflow's last node. */
export function webhookNode(name: string, position: unknown = [0, 0]): { node: Record<string, any>; path: string } {
	const path = `e2e-${randomUUID()}`;
	return {
		path,
		node: {
			id: randomUUID(),
			name,
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position,
			webhookId: randomUUID(),
			parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', responseData: 'allEntries', options: {} },
		},
	};
}

export interface PreparedWorkflow {
	workflow: WorkflowJson;
	/** The production webhook path to POST to; undefined when the workflow starts on an awork event. */
	webhookPath?: string;
}

/**
 * The example with its trigger made callable and its awork credentials pointed at `credential`.
 * Connections are keyed by node name, so the replaced trigger keeps them.
 */
export function prepareExample(file: string, trigger: string, credential: CredentialRef): PreparedWorkflow {
	const workflow = readWorkflow(file);
	const triggerNode = workflow.nodes.find((node) => node.name === trigger);
	if (!triggerNode) throw new Error(`${file} has no node named '${trigger}' (its nodes: ${workflow.nodes.map((n) => n.name).join(', ')})`);
	let webhookPath: string | undefined;
	workflow.nodes = workflow.nodes.map((node) => {
		const credentials = node.credentials?.[credential.type] ? { ...node.credentials, [credential.type]: { id: credential.id, name: credential.name } } : node.credentials;
		const pointed = { ...node, ...(credentials ? { credentials } : {}) };
		if (node.name !== trigger) return pointed;
		if (STARTED_BY_CALL.includes(node.type)) {
			const replacement = webhookNode(node.name, node.position);
			webhookPath = replacement.path;
			return replacement.node;
		}
		if (node.type === 'n8n-nodes-base.webhook') {
			webhookPath = String(node.parameters.path);
			// A Webhook trigger needs a webhookId to be registered; an export may lack it.
			return { ...pointed, webhookId: node.webhookId ?? randomUUID() };
		}
		// An awork Trigger: n8n registers it at /webhook/<webhookId>/webhook, so each import gets its own ID.
		return { ...pointed, webhookId: randomUUID() };
	});
	workflow.name = `${workflow.name} (e2e ${Date.now()})`;
	return { workflow, webhookPath };
}

/** A node's output items' json in its last run, from an execution with data. */
export function nodeOutput(execution: Execution, nodeName: string): IDataObject[] {
	const runs = execution.data?.resultData?.runData?.[nodeName];
	if (!runs?.length) return [];
	const main = (runs[runs.length - 1]?.data?.main ?? []) as Array<Array<{ json: IDataObject }> | null>;
	return main.flatMap((items) => (items ?? []).map((item) => item.json));
}

/** Why an execution failed, for assertion messages. */
export function executionError(execution: Execution): string | undefined {
	const result = execution.data?.resultData;
	if (result?.error) return result.error.message ?? JSON.stringify(result.error);
	for (const [node, runs] of Object.entries(result?.runData ?? {})) {
		const failed = runs.find((run: { error?: { message?: string; description?: string } }) => run.error);
		if (failed) return `${node}: ${failed.error.message}${failed.error.description ? ` (${failed.error.description})` : ''}`;
	}
	return execution.status && !['success'].includes(execution.status) ? `status ${execution.status}` : undefined;
}

/** A workflow of one awork Trigger on `task_added` (full event), with `credential`. */
export function taskAddedTriggerWorkflow(name: string, credential: CredentialRef): WorkflowJson {
	return {
		name,
		nodes: [
			{
				id: randomUUID(),
				name: 'awork Trigger',
				type: AWORK_TRIGGER,
				typeVersion: 1,
				position: [0, 0],
				webhookId: randomUUID(),
				parameters: { events: ['task_added'], output: 'fullEvent' },
				credentials: { [credential.type]: { id: credential.id, name: credential.name } },
			},
		],
		connections: {},
	};
}
