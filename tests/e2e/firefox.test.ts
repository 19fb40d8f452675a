import { extensionSuite } from './scenarios';

extensionSuite('firefox');
