import type { SchedulerEnv } from './scheduler-env';
import { parseTabMessage, type TabMessage } from './tab-messages';

/**
 * The cross-tab bus: what this tab tells the others and hears from them, checked on the
 * way in. Without a BroadcastChannel the tab is alone and the bus is silent.
 */
export class TabBus {
  constructor(private readonly channel: SchedulerEnv['channel']) {}

  listen(receive: (message: TabMessage) => void) {
    this.channel?.listen((data) => {
      const message = parseTabMessage(data);
      if (message) receive(message);
    });
  }

  post(message: TabMessage) {
    this.channel?.post(message);
  }
}
