/**
 * The pieces of n8n that its CLI normally provides around n8n-core's engine: a node-type registry,
 * a credentials helper that authenticates the way the CLI does, and the additional data an
 * execution needs. Kept small; everything else is n8n-core's real code.
 */
import { DirectoryLoader } from 'n8n-core';
import {
	ICredentialsHelper,
	isExpression,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeType,
	type INodeTypes,
	type IWorkflowExecuteAdditionalData,
	type Workflow,
} from 'n8n-workflow';

export class TestNodeTypes implements INodeTypes {
	private readonly types = new Map<string, INodeType>();

	register(name: string, type: INodeType): this {
		// n8n adds the request-options collection (batching, timeout, proxy) when it loads declarative nodes.
		if (type.description.requestDefaults) DirectoryLoader.applyDeclarativeNodeOptionParameters(type);
		this.types.set(name, type);
		return this;
	}

	getByName(name: string) {
		const type = this.types.get(name);
		if (!type) throw new Error(`Unknown node type ${name}`);
		return type;
	}

	getByNameAndVersion(name: string) {
		return this.getByName(name);
	}

	getKnownTypes() {
		return {};
	}
}

/** How often credentials were decrypted, over all helpers (in n8n each one is a database read). */
export const credentialReads = { count: 0 };

/** Mirrors the CLI's CredentialsHelper for `generic` and function authentication and OAuth2 parents. */
export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly credentialTypes: Record<string, ICredentialType>,
		private readonly data: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	getParentTypes(typeName: string): string[] {
		const parents = this.credentialTypes[typeName]?.extends ?? [];
		return parents.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const auth = this.credentialTypes[typeName]?.authenticate;
		if (typeof auth === 'function') return await auth(credentials, requestOptions);
		if (auth?.type !== 'generic') return requestOptions;
		const resolve = (value: unknown) =>
			isExpression(value)
				? String(
						workflow.expression.getSimpleParameterValue(node, value as string, 'internal', { $credentials: credentials }, undefined, '') ??
							'',
					)
				: (value as string);
		for (const [outerKey, keyValues] of Object.entries(auth.properties)) {
			const target = ((requestOptions as any)[outerKey] ??= {});
			for (const [key, value] of Object.entries(keyValues as Record<string, unknown>)) {
				target[resolve(key)] = resolve(value);
			}
		}
		return requestOptions;
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used by the engine paths under test');
	}

	async getDecrypted(_additionalData: unknown, _nodeCredentials: INodeCredentialsDetails, type: string) {
		credentialReads.count++;
		const found = this.data[type];
		if (!found) throw new Error(`No test credentials of type ${type}`);
		return { ...found };
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(type: string) {
		return this.credentialTypes[type]?.properties ?? [];
	}
}

export function additionalDataFor(
	credentialsHelper: ICredentialsHelper,
	extra: Partial<IWorkflowExecuteAdditionalData> = {},
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper,
		variables: {},
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		executeWorkflow: async () => {
			throw new Error('sub-workflows are not part of these tests');
		},
		getRunExecutionData: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('task runners are not part of these tests');
		},
		...extra,
	} as unknown as IWorkflowExecuteAdditionalData;
}
