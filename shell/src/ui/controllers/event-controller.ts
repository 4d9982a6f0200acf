import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Listens to an EventTarget while the host is connected, and re-renders the host (or calls back). */
export class EventController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: EventTarget,
    private readonly type: string,
    private readonly onEvent: (event: Event) => void = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  private readonly handler = (event: Event) => this.onEvent(event);

  hostConnected() {
    this.target.addEventListener(this.type, this.handler);
  }

  hostDisconnected() {
    this.target.removeEventListener(this.type, this.handler);
  }
}
