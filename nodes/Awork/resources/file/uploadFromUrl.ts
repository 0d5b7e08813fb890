/** POST /tasks/{id}/files/byurl (or the project's or company's): awork fetches the file from a public URL itself. */
import { operation } from '../../shared/descriptions/operation';
import { text } from '../../shared/fields/scalars';
import { optional } from '../../shared/fields/structured';
import { inputError } from '../../shared/fields/inputError';
import type { Field } from '../../shared/fields/field';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { FILES_PATH, fileParentFields, simplifyFile, FILE_PARENTS } from './fields';

const URL_EXPECTED = 'a public http(s) URL such as https://example.com/report.pdf';

/** The URL awork downloads from: checked to be http(s), since awork cannot reach anything else. */
const urlField: Field = (() => {
	const field = text({
		name: 'url',
		displayName: 'File URL',
		description: 'The public http(s) address of the file; awork downloads it from there, so it must be reachable without login',
		required: true,
		placeholder: 'e.g. https://example.com/report.pdf',
	});
	return {
		property: field.property,
		apply(context, path) {
			field.apply?.(context, path);
			const value = String(context.values.url);
			let ok = false;
			try {
				ok = ['http:', 'https:'].includes(new URL(value).protocol);
			} catch {
				ok = false;
			}
			if (!ok) throw inputError(context.node, context.itemIndex, 'File URL', URL_EXPECTED, value);
		},
	};
})();

export const uploadFromUrl = operation({
	value: 'uploadFromUrl',
	name: 'Upload From URL',
	action: 'Upload a file from a URL',
	description: 'Attach a file to a task, project or company by having awork download it from a public URL (nothing passes through n8n)',
	method: 'POST',
	path: `${FILES_PATH}/byurl`,
	pathChoices: FILE_PARENTS,
	fields: [
		...fileParentFields(),
		urlField,
		optional({
			name: 'additionalFields',
			displayName: 'Additional Fields',
			fields: [
				text({ name: 'name', displayName: 'Name', description: 'The file’s name in awork; default the name in the URL' }),
				text({ name: 'description', displayName: 'Description', description: 'A description shown with the file in awork', multiline: true }),
			],
		}),
		simplifyField,
	],
	output: [simplifyOutput(simplifyFile)],
});
