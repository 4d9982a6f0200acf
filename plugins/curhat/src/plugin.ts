import { litLifecycles } from '@palapa/sdk';
import './curhat-app';

export default litLifecycles('curhat-app');
