// A host page's own script: it logs Samenspraak's events, as an integrating page would. With
// ?hostile in the URL it adds a stylesheet of aggressive global rules, to show they do not reach
// inside the elements.
const log = document.getElementById('log');
for (const type of ['samenspraak-handover', 'samenspraak-summary', 'samenspraak-error']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const detail = event.detail ?? {};
    item.textContent = `${type}: ${detail.code ?? detail.kind ?? ''} ${String(detail.text ?? detail.message ?? '').slice(0, 80)}`;
    item.dataset.type = type;
    log?.append(item);
  });
}
if (new URLSearchParams(location.search).has('hostile')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('hostile.css', document.currentScript?.src ?? location.href).href;
  document.head.append(link);
}
