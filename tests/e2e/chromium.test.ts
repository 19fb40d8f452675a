import { extensionSuite } from './scenarios';

extensionSuite('chromium');
