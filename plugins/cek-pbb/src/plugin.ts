import { litLifecycles } from '@palapa/sdk';
import './cek-pbb-app';

export default litLifecycles('cek-pbb-app');
