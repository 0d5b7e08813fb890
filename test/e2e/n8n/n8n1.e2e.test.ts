/** The e2e suite on the last n8n 1.x line (1.123.81, Node 24): the packed package in a real, headless n8n server. */
import { describeN8nLine } from './suite';

describeN8nLine('1.x');
