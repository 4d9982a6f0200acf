import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { session, type SessionUser } from '../../services/session';

/** Re-renders its host whenever someone signs in or out. */
export class SessionController implements ReactiveController {
  private unsubscribe: (() => void) | null = null;
  /** False until the registry has said who is signed in: a signed-in user must not see "Masuk" flash. */
  known = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get user(): SessionUser | null {
    return session.user;
  }

  hostConnected() {
    this.unsubscribe = session.subscribe(() => this.host.requestUpdate());
    // The first /auth/me may have answered before this host connected.
    void session.ready.then(() => {
      this.known = true;
      this.host.requestUpdate();
    });
  }

  hostDisconnected() {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
