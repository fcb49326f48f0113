import { assetUrl } from './base';

// The script-tag build's version of src/ui/consult/fhirloader.ts: a module file beside the script.
export const loadFhir = (): Promise<typeof import('../domain/fhir')> =>
  import(/* @vite-ignore */ assetUrl('samenspraak-fhir.js'));
