import { litLifecycles } from '@palapa/sdk';
import './cctv-wifi-app';

export default litLifecycles('cctv-wifi-app');
