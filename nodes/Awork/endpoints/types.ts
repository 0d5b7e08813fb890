/** The shape of the endpoint catalog (`generated/catalog.ts`): every operation of awork's API, compact enough to load on demand. */

/** How a value is typed in the editor and checked before sending. */
export type EndpointValueType = 'string' | 'guid' | 'number' | 'integer' | 'boolean' | 'dateTime' | 'date' | 'options' | 'array' | 'object' | 'file';

export interface EndpointParam {
	/** As the API spells it: the path, query or header name, a top-level body property or a multipart part. */
	name: string;
	/** body = a top-level property of a JSON object body; form = a multipart part. */
	in: 'path' | 'query' | 'header' | 'body' | 'form';
	/** A uuid string is 'guid', date-time 'dateTime', date 'date', an enum 'options', a binary multipart part 'file'. */
	type: EndpointValueType;
	required?: true;
	/** The enum's values (of the value for 'options', of the elements for an array of enums). */
	options?: string[];
	/** The element type of an 'array'. */
	items?: EndpointValueType;
	/** For a required non-path parameter: the spec's default, sent when no value is given. */
	default?: string | number | boolean;
	/** A short label of our own, e.g. "Project ID", "Page Size", "Start On" (derived from the name). */
	label: string;
}

export interface Endpoint {
	/** Stable unique key: `v1:GET /projects/{projectId}` — api, upper-case method, the spec's path template. */
	id: string;
	api: 'v1' | 'v2';
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** The spec's path template, e.g. '/projects/{projectId}/comments'. */
	path: string;
	/** The spec's first tag, as spelled there (e.g. 'ProjectComments', 'Workflow Automations'). */
	tag: string;
	/** Our own label, unique across the catalog, e.g. "Project Comments: List Comments of a Project" — from tag, method and path. */
	label: string;
	/** Path params first (in path order), then query, header, then body/form. */
	params: EndpointParam[];
	/** The request body: none; a JSON object (its top-level properties are the 'body' params); a JSON array or scalar (sent only as JSON); multipart (its parts are the 'form' params). */
	body: 'none' | 'object' | 'array' | 'scalar' | 'multipart';
	bodyRequired?: true;
	/** What a 2xx answer is: JSON, a file (binary), or nothing. */
	response: 'json' | 'binary' | 'none';
	/** A list that takes page/pageSize (the request path then pages through it). */
	paged?: true;
	filterby?: true;
	orderby?: true;
}
