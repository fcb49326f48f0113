// The demo host page: both elements, and a log of the events a host page would listen for.
import { consultElement } from '../src/ui/consult/element';
import { defineElement } from '../src/ui/element';
import { vragenlijstElement } from '../src/ui/vragenlijst/element';

defineElement(vragenlijstElement);
defineElement(consultElement);

const log = document.getElementById('log');
for (const type of ['samenspraak-handover', 'samenspraak-summary', 'samenspraak-error'] as const) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const detail = event.detail;
    const what =
      'code' in detail
        ? detail.code
        : 'kind' in detail
          ? detail.message
          : detail.text.split('\n')[0];
    item.textContent = `${new Date().toLocaleTimeString('nl')} ${type}: ${what}`;
    item.dataset.type = type;
    log?.append(item);
  });
}
