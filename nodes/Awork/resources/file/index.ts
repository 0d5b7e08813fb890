/** Files of tasks, projects and companies: upload (binary or by URL), download, list, get, delete. */
import { operationSelector } from '../../shared/descriptions/operation';
import { deleteFile } from './delete';
import { download } from './download';
import { get } from './get';
import { getMany } from './getMany';
import { upload } from './upload';
import { uploadFromUrl } from './uploadFromUrl';

export const fileProperties = operationSelector('file', [deleteFile, download, get, getMany, upload, uploadFromUrl], 'upload');
