import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeStore } from '../../i18n/locale';

/** Re-renders its host whenever the citizen switches language. */
export class LocaleController implements ReactiveController {
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get locale() {
    return localeStore.locale;
  }

  hostConnected() {
    this.unsubscribe = localeStore.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected() {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
