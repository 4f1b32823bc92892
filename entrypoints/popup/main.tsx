import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { DatelineDB } from '@/utils/db/schema';
import { HistorySection } from './HistorySection';
import './style.css';

const db = new DatelineDB();

/** Opens the article in a new tab and closes the popup (the user is done with it). */
async function openUrl(url: string) {
  await browser.tabs.create({ url });
  window.close();
}

render(
  <PopupApp
    sections={[
      { id: 'history', label: 'History', content: <HistorySection db={db} openUrl={(u) => void openUrl(u)} /> },
    ]}
  />,
  document.getElementById('app')!,
);
