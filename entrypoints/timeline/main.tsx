import { render } from 'preact';
import { DatelineDB } from '@/utils/db/schema';
import { downloadFile } from '@/utils/export/download';
import { filterFromParams, filterToParams } from '@/utils/timeline/filterParams';
import { TimelinePage } from './TimelinePage';
import './style.css';

const db = new DatelineDB();

render(
  <TimelinePage
    db={db}
    initialFilter={filterFromParams(new URLSearchParams(location.search))}
    onFilterChange={(f) => {
      const query = filterToParams(f).toString();
      history.replaceState(null, '', query ? `?${query}` : location.pathname);
    }}
    download={(file) => downloadFile(document, file)}
  />,
  document.getElementById('app')!,
);
