import { render } from 'preact';
import { App } from './App';
import './style.css';

// From the popup's navigation start to here: loading the page and its code (see scripts/bench-extension.ts).
performance.mark('zhiqing:script-start');
render(<App />, document.getElementById('app')!);
