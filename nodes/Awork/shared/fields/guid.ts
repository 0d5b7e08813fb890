/** awork's IDs are GUIDs (8-4-4-4-12 hex digits); any case is accepted, lower case is sent. */
export const GUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

const GUID = new RegExp(`^${GUID_PATTERN}$`);

export function isGuid(value: unknown): value is string {
	return typeof value === 'string' && GUID.test(value.trim());
}
