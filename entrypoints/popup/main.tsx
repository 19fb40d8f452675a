import { render } from 'preact';
import { loadLocale } from '@/components/i18n';
import { App } from './App';
import './style.css';

// From the popup's navigation start to here: loading the page and its code (see scripts/bench-extension.ts).
performance.mark('zhiqing:script-start');
// The interface language (a saved choice, else the browser's) before the first frame.
void loadLocale().then(() => render(<App />, document.getElementById('app')!));
