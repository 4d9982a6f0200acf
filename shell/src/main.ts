import { start } from 'single-spa';
import { localeStore } from './i18n/locale';
import { syncPluginApplications, watchPluginErrors } from './loader/plugin-applications';
import { hasDeviceRequests } from './forms/device-storage-keys';
import { followLiveEvents } from './services/live-events';
import { CatalogueStore } from './services/catalogue-store';
import { registerServiceWorker } from './sw/register-service-worker';
import './ui/palapa-app';

/**
 * Boot: the chrome renders at once (from the device's copy of the catalogue when there is one),
 * the catalogue is revalidated, and every module service becomes a single-spa application.
 */
document.documentElement.lang = localeStore.locale;
const catalogue = new CatalogueStore();
const app = document.querySelector('palapa-app');
if (app) {
  app.catalogue = catalogue;
  app.replaceChildren();
}

const registerModules = () => {
  if (catalogue.state.status === 'ready') syncPluginApplications(catalogue.state.items);
};
catalogue.addEventListener('change', registerModules);
registerModules();
watchPluginErrors();
start({ urlRerouteOnly: true });
void catalogue.load();
followLiveEvents(catalogue);
// Back online: revalidate at once, so the offline banner goes as soon as the registry answers.
window.addEventListener('online', () => void catalogue.load());
registerServiceWorker();
// A device that filed through a form service sends what it queued offline and follows its requests'
// statuses; only such a device loads that code at start.
if (hasDeviceRequests()) void import('./forms/request-watch').then((watch) => watch.watchRequests(), () => undefined);
