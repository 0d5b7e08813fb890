/** Absences of users (vacation, illness, …): one operation per file. */
import { operationSelector } from '../../shared/descriptions/operation';
import { create } from './create';
import { deleteAbsence } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { update } from './update';

export const absenceProperties = operationSelector('absence', [create, deleteAbsence, get, getMany, update], 'create');
