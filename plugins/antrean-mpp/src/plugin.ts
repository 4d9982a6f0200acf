import { litLifecycles } from '@palapa/sdk';
import './antrean-mpp-app';

export default litLifecycles('antrean-mpp-app');
