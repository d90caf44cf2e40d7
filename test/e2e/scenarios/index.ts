/**
 * The end-to-end scenarios, in the order they run. To add one, write a module
 * beside this one exporting a `Scenario`, and list it here.
 */
import type { Scenario } from '../scenario';
import { chinese } from './chinese';
import { extensionHost } from './extension-host';
import { folding } from './folding';
import { language } from './language';
import { misnumber } from './misnumber';
import { outline } from './outline';
import { overview } from './overview';
import { problems } from './problems';
import { severity } from './severity';
import { snippet } from './snippet';

export const SCENARIOS: Scenario[] = [language, problems, outline, folding, snippet, misnumber, severity, chinese, overview, extensionHost];
