import { render } from 'preact';
import { loadLocale } from '@/components/i18n';
import { App } from './App';
import '../popup/style.css';
import './history.css';

// The interface language (a saved choice, else the browser's) before the first frame.
void loadLocale().then(() => render(<App />, document.getElementById('app')!));
