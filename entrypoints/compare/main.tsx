import { render } from 'preact';
import { App } from './App';
import '../popup/style.css';
import './compare.css';

render(<App />, document.getElementById('app')!);
