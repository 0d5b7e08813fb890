/** The search text of a picker as an awork filter: `substringof('<text>',field)`, OR-ed over fields. */
export function quote(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

export function searchFilter(fields: string[], text: string): string {
	return fields.map((field) => `substringof(${quote(text)},${field})`).join(' or ');
}
