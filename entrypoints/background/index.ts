import { defineBackground } from 'wxt/utils/define-background';
import { ANALYSIS_VERSION, analyze } from '@/utils/analysis';
import { registerCommands } from '@/utils/background/page-controls';
import { registerBackground } from '@/utils/background/register';
import { DatelineDB } from '@/utils/db/schema';

/** The background only wires: listeners are registered synchronously, all logic lives in utils/background. */
export default defineBackground(() => {
  registerBackground({ db: new DatelineDB(), analyze, analysisVersion: ANALYSIS_VERSION, now: Date.now });
  registerCommands();
});
