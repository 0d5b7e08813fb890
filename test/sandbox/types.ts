/**
 * The sandbox's internal contract. Every module of the sandbox (spec layer, query layer, HTTP
 * server, domain handlers, webhook delivery) meets the others only through these types.
 */
import type { IncomingHttpHeaders } from 'http';
import type { Store } from './store';

export type ApiVersion = 'v1' | 'v2';

/** One operation of the official spec, as the router found it. */
export interface SpecOperation {
	api: ApiVersion;
	/** Upper-case HTTP method. */
	method: string;
	/** The path template exactly as the spec's `paths` key spells it, e.g. `/projects/{projectId}`. */
	pathTemplate: string;
	operationId?: string;
	/** The raw OpenAPI operation object. */
	operation: Record<string, any>;
}

/** `${'v2 ' if v2}${METHOD} ${pathTemplate}`, e.g. `GET /projects/{projectId}`, `v2 POST /me/timetracking/start`. */
export type OperationKey = string;

export function operationKey(op: Pick<SpecOperation, 'api' | 'method' | 'pathTemplate'>): OperationKey {
	return `${op.api === 'v2' ? 'v2 ' : ''}${op.method.toUpperCase()} ${op.pathTemplate}`;
}

export interface UploadedFile {
	fieldName: string;
	fileName: string;
	contentType: string;
	data: Buffer;
}

/** A request that passed authentication, rate limiting and spec validation. */
export interface SandboxRequest {
	op: SpecOperation;
	/** Path parameters by their spec names. */
	params: Record<string, string>;
	/** Query parameters as sent (a repeated key gives an array). */
	query: Record<string, string | string[]>;
	/** Parsed JSON body; for multipart requests, the non-file fields as strings. */
	body: any;
	files: UploadedFile[];
	headers: IncomingHttpHeaders;
	/** The user the API key (or token) belongs to. */
	userId: string;
	traceId: string;
}

export interface SandboxResponse {
	status: number;
	/** JSON body; omitted for 204. */
	body?: unknown;
	/** Raw bytes (file downloads); wins over `body`. */
	raw?: Buffer;
	contentType?: string;
	headers?: Record<string, string>;
}

/** What the server offers every handler. */
export interface HandlerContext {
	store: Store;
	now(): Date;
	/** Announces a change so webhook delivery can fan it out (see `webhooks/delivery.ts`). */
	emit(event: EntityEvent): void;
	/**
	 * Answers a list request: applies `filterby`, `orderby`, `page`, `pageSize` from the request's
	 * query (validated against the operation's response item schema), sets the `aw-*` headers.
	 */
	list(req: SandboxRequest, items: readonly object[]): SandboxResponse;
}

export type Handler = (req: SandboxRequest, ctx: HandlerContext) => SandboxResponse | Promise<SandboxResponse>;

/** Handlers by operation key; a domain module exports one table. */
export type HandlerTable = Record<OperationKey, Handler>;

/**
 * The 35 documented webhook event types (docs/webhooks.md). Written down here independently of
 * the trigger node's own list on purpose: the sandbox is the oracle the node is tested against.
 */
export const WEBHOOK_EVENT_TYPES = [
	'absence_added', 'absence_deleted', 'absence_updated',
	'company_added', 'company_deleted', 'company_type_changed', 'company_updated',
	'project_added', 'project_comment_added', 'project_deleted', 'projectmember_added',
	'projectmember_deleted', 'project_status_changed', 'project_type_changed', 'project_updated',
	'task_added', 'taskassignment_added', 'taskassignment_deleted', 'task_comment_added',
	'task_deleted', 'tasklist_added', 'tasklist_deleted', 'tasklist_updated',
	'task_status_changed', 'task_type_changed', 'task_updated',
	'timetracking_added', 'timetracking_deleted', 'timetracking_type_changed', 'timetracking_updated',
	'user_activation_changed', 'user_added', 'user_deleted', 'user_status_changed', 'user_updated',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface PropertyChange {
	property: string;
	old?: unknown;
	new?: unknown;
}

export interface EntityEvent {
	eventType: WebhookEventType;
	/** e.g. `project`, `task`, `tasklist`, `timeentry`, `company`, `user`, `absence`, `comment`. */
	entityType: string;
	entityId: string;
	/** A snapshot of the entity as the API would return it. */
	entity: unknown;
	changes?: PropertyChange[];
	/** The acting user. */
	userId: string;
	traceId: string;
}

/** A request the real API would have rejected; recorded so suites can assert there were none. */
export interface Violation {
	method: string;
	url: string;
	operation?: OperationKey;
	status: number;
	code: string;
	description: string;
	validationErrors?: Array<{ property: string; message: string }>;
}

/** A fault to inject: which requests it hits and what happens to them. */
export interface FaultRule {
	/** Operation keys (see `operationKey`) or a pattern over them; all operations when omitted. */
	operation?: OperationKey | RegExp;
	/** Answer with this status and awork's error body (500, 502, 503, or e.g. 429). */
	status?: number;
	/** Extra response headers (e.g. `{ 'ratelimit-reset': '1' }` with status 429). */
	headers?: Record<string, string>;
	/** Delay before answering (or before the fault), in milliseconds. */
	latencyMs?: number;
	/** Destroy the socket without answering. */
	drop?: boolean;
	/** Probability per matching request, drawn from the sandbox's seeded generator (default 1). */
	probability?: number;
	/** Only the first N matching requests are hit (default: all). */
	times?: number;
	/** Apply after the handler ran (the change is stored, the answer lost), default false. */
	afterHandler?: boolean;
}

export interface RateLimitOptions {
	perSecond: number;
	perMinute: number;
}

export interface WebhookDeliveryOptions {
	/** Delay before the n-th retry is `retryDelayMs * n` (shrink in tests). Default 1000. */
	retryDelayMs?: number;
	/** Retries after the first attempt. Default 10. */
	maxRetries?: number;
	/** A delivery not answered within this time counts as failed. Default 30000. */
	timeoutMs?: number;
	/** More than this many consecutive failed deliveries pause the webhook. Default 10. */
	pauseAfterFailures?: number;
}

export interface LargeWorkspaceOptions {
	users?: number;
	companies?: number;
	projects?: number;
	tasks?: number;
	timeEntries?: number;
}

export interface SandboxOptions {
	/** 0 picks a free port. Default 0. */
	port?: number;
	/** Default 127.0.0.1. */
	host?: string;
	/** Accepted API keys; the first is `sandbox.apiKey`. Default: one key derived from the seed. */
	apiKeys?: string[];
	/** Seed for state and random faults. Default 1. */
	seed?: number;
	/** Default `demo`. */
	workspace?: 'demo' | 'empty' | LargeWorkspaceOptions;
	/** The sandbox clock (filters' `now`/`today`, timestamps). Default: real time. */
	now?: () => Date;
	/** Override spec paths (else env AWORK_OPENAPI_V1 / AWORK_OPENAPI_V2, else ../shared/awork-api/). */
	specV1Path?: string;
	specV2Path?: string;
	/** `pageSize` when the request names none. Default 1000 (docs/pagination.md). */
	defaultPageSize?: number;
	/** Default 50/s and 1000/min; `false` switches limiting off. */
	rateLimit?: RateLimitOptions | false;
	faults?: FaultRule[];
	webhookDelivery?: WebhookDeliveryOptions;
	/** Check every response against the spec's response schema and record mismatches. */
	validateResponses?: boolean;
}

export interface RequestLogEntry {
	method: string;
	url: string;
	operation?: OperationKey;
	status: number;
	startedAt: number;
	finishedAt: number;
	/** The JSON body as received (parsed), when the request had one. */
	body?: unknown;
}

export interface SandboxStats {
	total: number;
	inFlight: number;
	maxInFlight: number;
	rateLimited: number;
}

export interface ResponseViolation {
	operation: OperationKey;
	status: number;
	errors: string[];
}

export interface Sandbox {
	/** `http://127.0.0.1:<port>/api/v1` */
	baseUrl: string;
	/** `http://127.0.0.1:<port>/api/v2` */
	baseUrlV2: string;
	apiKey: string;
	apiKeys: string[];
	store: Store;
	violations: Violation[];
	responseViolations: ResponseViolation[];
	requests: RequestLogEntry[];
	/** Every event the handlers emitted, in order (whether or not a webhook subscribed to it). */
	events: EntityEvent[];
	stats: SandboxStats;
	setFaults(rules: FaultRule[]): void;
	setRateLimit(limit: RateLimitOptions | false): void;
	/** Clears the request log, stats, violations and recorded events (state stays). */
	resetLog(): void;
	stop(): Promise<void>;
}
