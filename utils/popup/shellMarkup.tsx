import { renderToString } from 'preact-render-to-string';
import { PopupFirstScreen } from '@/components/PopupFirstScreen';

/**
 * The popup's frame as HTML — title bar, controls and tabs, no view chosen — put into popup.html when the extension
 * is built (scripts/vite/popupShell.ts), so that the popup's first frame has content before any script has run.
 * It holds no data: which view, which site and which articles are known only once the popup opens.
 */
export function popupShellMarkup(): string {
  return renderToString(<PopupFirstScreen view={null} url={null} history={null} now={0} />);
}
