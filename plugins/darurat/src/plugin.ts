import { litLifecycles } from '@palapa/sdk';
import './darurat-app';

export default litLifecycles('darurat-app');
