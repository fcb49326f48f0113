// Entry for the standalone pages only: the service worker, and its updates offered, not forced.
import { registerServiceWorker } from '../src/ui/update';

registerServiceWorker();
