import { defaultPlaybook, getPlaybook } from '../../src/playbooks/index.ts';
import { uiLanguage } from '../ui/i18n.ts';

/** The method's steps in the UI language: phrases are tagged by these (their `kind`). */
export const methodSteps = () => getPlaybook(defaultPlaybook.id, uiLanguage()).steps;
