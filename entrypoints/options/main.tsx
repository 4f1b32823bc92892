import { render } from 'preact';
import { DatelineDB } from '@/utils/db/schema';
import { OptionsApp, setSiteDisabledViaBackground } from './OptionsApp';
import './style.css';

render(
  <OptionsApp
    db={new DatelineDB()}
    env={{ storage: navigator.storage, setSiteDisabled: setSiteDisabledViaBackground }}
  />,
  document.getElementById('app')!,
);
